// The summary e-mail's words and layout, in English or Chinese: headline metrics against the previous
// period with their significance verdict, rising and falling themes, cross-channel breakpoints and
// the open alerts. Pure, so it is tested without SMTP. Every value that comes from data (theme
// labels, channel keys, the public address) is HTML-escaped; the text part needs no escaping.
import type { JourneyMap } from './get-journey-map.ts';
import type { Overview, ThemeMove } from './get-overview.ts';
import type { Change, Estimate } from './statistics.ts';
import { escapeText } from '../surveys/escape-text.ts';

export type SummaryLanguage = 'en' | 'zh-CN';

export interface SummaryEmailInput {
  frequency: 'daily' | 'weekly';
  overview: Overview;
  breakpoints: JourneyMap['breakpoints'];
  openAlerts: { count: number; more: boolean };
  /** The dashboard's public address (from the delivery settings), for links; null leaves them out. */
  publicUrl: string | null;
}

const WORDS = {
  en: {
    subject: { daily: 'OpenVoC daily summary', weekly: 'OpenVoC weekly summary' }, period: 'Period', previous: 'compared with',
    metric: 'Metric', value: 'Value', ci: '95% interval', n: 'Responses', before: 'Previous', change: 'Change',
    nps: 'NPS', csat: 'CSAT (% satisfied)', ces: 'CES (mean, lower is better)', sentiment: 'Net sentiment', volume: 'Volume',
    rising: 'Rising themes', falling: 'Falling themes', breakpoints: 'Cross-channel breakpoints', alerts: 'Open alerts',
    negative: 'negative', none: 'none', notSignificant: 'no significant change', tooFew: 'too few responses to compare',
    significant: 'significant', open: 'Open the dashboard', openAlerts: 'Open the alerts inbox', items: 'items',
  },
  'zh-CN': {
    subject: { daily: 'OpenVoC 每日摘要', weekly: 'OpenVoC 每周摘要' }, period: '时间段', previous: '对比',
    metric: '指标', value: '数值', ci: '95% 置信区间', n: '回复数', before: '上一周期', change: '变化',
    nps: 'NPS', csat: 'CSAT（满意占比）', ces: 'CES（均值，越低越好）', sentiment: '净情感指数', volume: '数量',
    rising: '上升的主题', falling: '下降的主题', breakpoints: '跨渠道断点', alerts: '未处理告警',
    negative: '负面', none: '无', notSignificant: '无显著变化', tooFew: '样本不足，无法比较',
    significant: '显著', open: '打开仪表板', openAlerts: '打开告警收件箱', items: '条',
  },
} as const;

const esc = (value: unknown) => escapeText(String(value));
// Rounded to two decimals first, exactly as the API presents figures, so both show the same digits.
const num = (value: number | null | undefined, digits = 1) => (value === null || value === undefined || !Number.isFinite(value) ? '—' : (Math.round(value * 100) / 100).toFixed(digits));

export function renderSummaryEmail(input: SummaryEmailInput, language: SummaryLanguage): { subject: string; text: string; html: string } {
  const w = WORDS[language];
  const o = input.overview;
  const periodText = `${o.period.from} – ${o.period.to}`;
  const subject = `${w.subject[input.frequency]} · ${periodText}`;
  const verdict = (c: Change, digits: number, unit = '') => (c.significant ? `${c.delta! > 0 ? '▲ +' : '▼ '}${num(c.delta, digits)}${unit} (${w.significant})` : c.insufficient ? w.tooFew : w.notSignificant);
  const rows: Array<[string, Estimate | null, number, Change, number, string]> = [
    [w.nps, o.current.nps, o.current.nps.n, o.changes.nps, 1, ''],
    [w.csat, o.current.csat, o.current.csat.n, o.changes.csat, 1, ''],
    [w.ces, o.current.ces, o.current.ces.n, o.changes.ces, 2, ''],
    [w.sentiment, o.current.sentiment, o.current.sentiment.n, o.changes.sentiment, 1, ''],
    [w.volume, null, o.current.volume, o.changes.volume, 0, '%'],
  ];
  const value = (e: Estimate | null, count: number, digits: number) => (e ? num(e.value, digits) : String(count));
  const interval = (e: Estimate | null, digits: number) => (e?.ci ? `${num(e.ci[0], digits)} – ${num(e.ci[1], digits)}` : '—');
  const previous = (e: Estimate | null, c: Change, digits: number) => (e ? num(c.previous, digits) : String(o.before.volume));
  const label = (move: ThemeMove) => (language === 'zh-CN' ? move.label_zh : move.label_en);
  const moveText = (move: ThemeMove) => `${label(move)}: ${move.previous} → ${move.current}${move.change.significant ? ' ★' : ''}`;
  const breakpoints = input.breakpoints.slice(0, 5);
  const breakpointText = (b: SummaryEmailInput['breakpoints'][number]) =>
    `${b.from} → ${b.to}: ${b.items} ${w.items}${b.negative_share === null ? '' : `, ${num(b.negative_share * 100, 0)}% ${w.negative}`}`;
  const alertCount = `${input.openAlerts.count}${input.openAlerts.more ? '+' : ''}`;
  const base = input.publicUrl?.replace(/\/+$/, '') ?? null;
  const dashboard = base ? `${base}/overview?from=${o.period.from}&to=${o.period.to}` : null;
  const alertsInbox = base ? `${base}/alerts` : null;

  const text = [
    subject,
    `${w.period}: ${periodText} (${w.previous} ${o.previous.from} – ${o.previous.to})`,
    '',
    ...rows.map(([name, e, count, c, digits, unit]) => `${name}: ${value(e, count, digits)} (${w.n} ${count}; ${w.before} ${previous(e, c, digits)}; ${verdict(c, digits, unit)})`),
    '',
    `${w.rising}:`, ...(o.themes.rising.length ? o.themes.rising.map((m) => `- ${moveText(m)}`) : [`- ${w.none}`]),
    `${w.falling}:`, ...(o.themes.falling.length ? o.themes.falling.map((m) => `- ${moveText(m)}`) : [`- ${w.none}`]),
    `${w.breakpoints}:`, ...(breakpoints.length ? breakpoints.map((b) => `- ${breakpointText(b)}`) : [`- ${w.none}`]),
    '',
    `${w.alerts}: ${alertCount}${alertsInbox ? ` — ${alertsInbox}` : ''}`,
    ...(dashboard ? ['', `${w.open}: ${dashboard}`] : []),
  ].join('\n');

  const list = (items: string[]) => (items.length ? items.map((item) => `<li>${esc(item)}</li>`).join('') : `<li>${esc(w.none)}</li>`);
  const cell = 'style="border-bottom:1px solid #e3e5ea;padding:4px 10px;text-align:left"';
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="font:14px/1.5 -apple-system,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:#1c1f26;margin:24px">
<h1 style="font-size:20px;margin:0">${esc(w.subject[input.frequency])}</h1>
<p style="color:#5f6675;margin-top:4px">${esc(w.period)}: ${esc(periodText)} (${esc(w.previous)} ${esc(o.previous.from)} – ${esc(o.previous.to)})</p>
<table style="border-collapse:collapse" data-summary="metrics"><tr>${[w.metric, w.value, w.ci, w.n, w.before, w.change].map((h) => `<th ${cell}>${esc(h)}</th>`).join('')}</tr>
${rows.map(([name, e, count, c, digits, unit]) => `<tr><td ${cell}>${esc(name)}</td><td ${cell}>${esc(value(e, count, digits))}</td><td ${cell}>${esc(interval(e, digits))}</td><td ${cell}>${count}</td><td ${cell}>${esc(previous(e, c, digits))}</td><td ${cell}>${esc(verdict(c, digits, unit))}</td></tr>`).join('\n')}
</table>
<h2 style="font-size:16px">${esc(w.rising)}</h2><ul>${list(o.themes.rising.map(moveText))}</ul>
<h2 style="font-size:16px">${esc(w.falling)}</h2><ul>${list(o.themes.falling.map(moveText))}</ul>
<h2 style="font-size:16px">${esc(w.breakpoints)}</h2><ul>${list(breakpoints.map(breakpointText))}</ul>
<h2 style="font-size:16px">${esc(w.alerts)}: ${esc(alertCount)}</h2>
${alertsInbox ? `<p><a href="${esc(alertsInbox)}">${esc(w.openAlerts)}</a></p>` : ''}${dashboard ? `<p><a href="${esc(dashboard)}">${esc(w.open)}</a></p>` : ''}
</body></html>`;
  return { subject, text, html };
}
