// A period summary as a self-contained, printable HTML page (print it to PDF from the browser), in
// English or Chinese. Every value from data is escaped.
import type { PeriodSummary } from '../../domain/metrics/summarise-period.ts';
import type { Change, Estimate } from '../../domain/metrics/statistics.ts';

type Lang = 'en' | 'zh-CN';
const TEXT = {
  en: {
    title: 'Customer experience summary', period: 'Period', previous: 'compared with', metric: 'Metric', value: 'Value', ci: '95% interval', n: 'Responses',
    change: 'Change', nps: 'NPS', csat: 'CSAT (% satisfied)', ces: 'CES (mean)', sentiment: 'Net sentiment', volume: 'Volume', themes: 'Top themes',
    theme: 'Theme', impact: 'Impact on NPS', channels: 'Channels', channel: 'Channel', consistency: 'Consistency of sentiment', rising: 'Rising themes',
    falling: 'Falling themes', notSignificant: 'no significant change', tooFew: 'too few responses', none: 'none',
  },
  'zh-CN': {
    title: '客户体验摘要', period: '时间段', previous: '对比', metric: '指标', value: '数值', ci: '95% 置信区间', n: '回复数',
    change: '变化', nps: 'NPS', csat: 'CSAT（满意占比）', ces: 'CES（均值）', sentiment: '净情感指数', volume: '数量', themes: '主要主题',
    theme: '主题', impact: '对 NPS 的影响', channels: '渠道', channel: '渠道', consistency: '情感一致性', rising: '上升的主题',
    falling: '下降的主题', notSignificant: '无显著变化', tooFew: '样本不足', none: '无',
  },
} as const;

const esc = (value: unknown) => String(value ?? '—').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));

export function renderSummaryHtml(s: PeriodSummary, lang: Lang): string {
  const t = TEXT[lang];
  const o = s.overview;
  const verdict = (c: Change, digits = 1) => (c.significant ? `${c.delta! > 0 ? '▲' : '▼'} ${num(c.delta, digits)}` : c.insufficient ? t.tooFew : t.notSignificant);
  const row = (label: string, e: Estimate, c: Change, digits = 1) =>
    `<tr><td>${esc(label)}</td><td>${num(e.value, digits)}</td><td>${e.ci ? `${num(e.ci[0], digits)} – ${num(e.ci[1], digits)}` : '—'}</td><td>${e.n}</td><td>${esc(verdict(c, digits))}</td></tr>`;
  const label = (x: { label_en: string; label_zh: string }) => (lang === 'zh-CN' ? x.label_zh : x.label_en);
  const moves = (list: typeof o.themes.rising) => (list.length ? list.map((m) => `<li>${esc(label(m))}: ${m.previous} → ${m.current}${m.change.significant ? ' ★' : ''}</li>`).join('') : `<li>${t.none}</li>`);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(t.title)} ${esc(o.period.from)} – ${esc(o.period.to)}</title>
<style>body{font:14px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:32px;color:#1c1f26}table{border-collapse:collapse;margin:8px 0 20px}td,th{border-bottom:1px solid #e3e5ea;padding:4px 12px;text-align:left}h1{margin-bottom:0}.muted{color:#5f6675}</style></head><body>
<h1>${esc(t.title)}</h1><p class="muted">${t.period}: ${esc(o.period.from)} – ${esc(o.period.to)} (${t.previous} ${esc(o.previous.from)} – ${esc(o.previous.to)})</p>
<table><tr><th>${t.metric}</th><th>${t.value}</th><th>${t.ci}</th><th>${t.n}</th><th>${t.change}</th></tr>
${row(t.nps, o.current.nps, o.changes.nps)}${row(t.csat, o.current.csat, o.changes.csat)}${row(t.ces, o.current.ces, o.changes.ces, 2)}${row(t.sentiment, o.current.sentiment, o.changes.sentiment)}
<tr><td>${t.volume}</td><td>${o.current.volume}</td><td>—</td><td>${o.current.volume}</td><td>${esc(verdict(o.changes.volume, 0))}${o.changes.volume.significant ? '%' : ''}</td></tr></table>
<h2>${t.themes}</h2><table><tr><th>${t.theme}</th><th>${t.volume}</th><th>${t.sentiment}</th><th>${t.impact}</th></tr>
${s.themes.themes.slice(0, 10).map((r) => `<tr><td>${esc(label(r))}</td><td>${r.metrics.volume}</td><td>${num(r.metrics.sentiment.value)}</td><td>${num(r.nps_impact)}</td></tr>`).join('')}</table>
<h2>${t.rising}</h2><ul>${moves(o.themes.rising)}</ul><h2>${t.falling}</h2><ul>${moves(o.themes.falling)}</ul>
<h2>${t.channels}</h2><p>${t.consistency}: ${num(s.channels.consistency.sentiment)}</p><table><tr><th>${t.channel}</th><th>${t.volume}</th><th>${t.nps}</th><th>${t.csat}</th><th>${t.sentiment}</th></tr>
${s.channels.channels.map((c) => `<tr><td>${esc(c.key)}</td><td>${c.metrics.volume}</td><td>${num(c.metrics.nps.value)}</td><td>${num(c.metrics.csat.value)}</td><td>${num(c.metrics.sentiment.value)}</td></tr>`).join('')}</table>
</body></html>`;
}
