// One ECharts canvas. Only the chart types and components the dashboards use are registered, so
// the bundle carries a fraction of ECharts. The handle exposes the picture for PNG export.
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, SankeyChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export interface EChartHandle {
  /** The chart as a PNG data URL on a white background. */
  toPng(): string | null;
}

interface Props {
  option: ChartOption;
  height?: number;
  label: string;
  testId?: string;
  onClick?: (params: { name?: string; seriesName?: string; dataIndex?: number; data?: unknown }) => void;
}

export const EChart = forwardRef<EChartHandle, Props>(function EChart({ option, height = 280, label, testId, onClick }, ref) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    if (!element.current) return undefined;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => clickRef.current?.(params as never));
    // The card resizes with the window and the sidebar; the canvas must follow it.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useImperativeHandle(ref, () => ({
    toPng: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) ?? null,
  }));

  return <div ref={element} className="echart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
});
