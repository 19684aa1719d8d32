// The chart pages (analytics, service metrics, action plans) load on first visit: ECharts is most of
// their weight, and the login page, inbox and settings should not wait for it.
import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../Loading.tsx';

function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

export const OverviewPage = lazyPage(() => import('../../pages/overview/OverviewPage.tsx').then((m) => m.OverviewPage));
export const JourneyMapPage = lazyPage(() => import('../../pages/journey-map/JourneyMapPage.tsx').then((m) => m.JourneyMapPage));
export const ChannelConsistencyPage = lazyPage(() => import('../../pages/channels/ChannelConsistencyPage.tsx').then((m) => m.ChannelConsistencyPage));
export const ThemeExplorerPage = lazyPage(() => import('../../pages/themes/ThemeExplorerPage.tsx').then((m) => m.ThemeExplorerPage));
export const ServiceMetricsPage = lazyPage(() => import('../../pages/service/ServiceMetricsPage.tsx').then((m) => m.ServiceMetricsPage));
export const ActionPlansPage = lazyPage(() => import('../../pages/action-plans/ActionPlansPage.tsx').then((m) => m.ActionPlansPage));
export const ActionPlanPage = lazyPage(() => import('../../pages/action-plans/ActionPlanPage.tsx').then((m) => m.ActionPlanPage));
