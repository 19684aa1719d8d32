// Dashboard metrics: overview, trends, breakdowns, journey map, channel comparison, themes, exports.
// Read from rollups; every signed-in role may read, ingest keys may not.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compareChannels } from '../../domain/metrics/compare-channels.ts';
import { describeChannels } from '../../domain/metrics/describe-channels.ts';
import { exploreThemes } from '../../domain/metrics/explore-themes.ts';
import { exportTable } from '../../domain/metrics/export-table.ts';
import { getBreakdown } from '../../domain/metrics/get-breakdown.ts';
import { getJourneyMap } from '../../domain/metrics/get-journey-map.ts';
import { getOverview } from '../../domain/metrics/get-overview.ts';
import { getTrend } from '../../domain/metrics/get-trend.ts';
import { listSegments } from '../../domain/metrics/list-segments.ts';
import { listThemeVerbatims } from '../../domain/metrics/list-theme-verbatims.ts';
import { summarisePeriod } from '../../domain/metrics/summarise-period.ts';
import { getSummarySchedule } from '../../domain/metrics/get-summary-schedule.ts';
import { saveSummarySchedule } from '../../domain/metrics/save-summary-schedule.ts';
import { sendSummaryEmail } from '../../domain/metrics/send-summary-email.ts';
import { breakdownSchema, metricsFilterSchema, summaryScheduleSchema, summarySchema, tableExportSchema, themeVerbatimsSchema, trendSchema } from '../../domain/metrics/metrics.schema.ts';
import { actorOf } from '../authenticate.ts';
import { renderSummaryHtml } from '../presenters/metrics-summary.presenter.ts';
import * as present from '../presenters/metrics.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function metricsRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['metrics'];

  routes.get('/metrics/overview', { schema: { tags, summary: 'Headline metrics vs the previous period, trend, rising and falling themes', querystring: metricsFilterSchema } }, async (request) =>
    present.presentOverview(await getOverview(db, actorOf(request), request.query)),
  );
  routes.get('/metrics/trend', { schema: { tags, summary: 'Metrics per day, week or month, optionally for one theme', querystring: trendSchema } }, async (request) =>
    present.presentTrend(await getTrend(db, actorOf(request), request.query)),
  );
  routes.get('/metrics/breakdown', { schema: { tags, summary: 'Metrics per channel, touchpoint, stage, journey, segment or theme', querystring: breakdownSchema } }, async (request) =>
    present.presentBreakdown(await getBreakdown(db, actorOf(request), request.query)),
  );
  routes.get('/metrics/journey-map', { schema: { tags, summary: 'A journey’s stages and touchpoints with metrics, and cross-channel breakpoints', querystring: metricsFilterSchema } }, async (request) =>
    present.presentJourneyMap(await getJourneyMap(db, actorOf(request), request.query)),
  );
  routes.get('/metrics/channels', { schema: { tags, summary: 'Channels side by side with a consistency score', querystring: metricsFilterSchema } }, async (request) =>
    present.presentChannelComparison(await compareChannels(db, actorOf(request), request.query)),
  );
  routes.get('/metrics/channels/descriptors', { schema: { tags, summary: 'Distinctive positive and negative words of each channel', querystring: metricsFilterSchema } }, async (request) =>
    present.presentDescriptors(await describeChannels(db, actorOf(request), request.query)),
  );
  routes.get('/metrics/themes', { schema: { tags, summary: 'Themes by volume, sentiment and impact on NPS', querystring: metricsFilterSchema } }, async (request) =>
    present.presentThemeExplorer(await exploreThemes(db, actorOf(request), request.query)),
  );
  routes.get('/metrics/themes/:theme/verbatims', {
    schema: { tags, summary: 'Newest verbatims of a theme with the evidence words', params: z.object({ theme: z.string().min(1).max(100) }), querystring: themeVerbatimsSchema },
    handler: async (request) => ({ items: (await listThemeVerbatims(db, actorOf(request), request.params.theme, request.query)).map(present.presentVerbatim) }),
  });
  routes.get('/metrics/segments', { schema: { tags, summary: 'Customer segments present in the data' } }, async (request) => ({ items: await listSegments(db, actorOf(request)) }));
  routes.get('/metrics/summary.html', {
    schema: { tags, summary: 'A printable summary of the period (print to PDF from the browser)', querystring: summarySchema },
    handler: async (request, reply) => {
      const { lang, ...filter } = request.query as Record<string, string | undefined>;
      const summary = await summarisePeriod(db, actorOf(request), filter);
      return reply.type('text/html; charset=utf-8').send(renderSummaryHtml(summary, lang === 'zh-CN' ? 'zh-CN' : 'en'));
    },
  });
  routes.get('/metrics/summary-schedule', { schema: { tags, summary: 'Who receives the summary e-mail, how often and in which language (owner, admin)' } }, async (request) =>
    present.presentSummarySchedule(await getSummarySchedule(db, actorOf(request))),
  );
  routes.put('/metrics/summary-schedule', { schema: { tags, summary: 'Set the summary e-mail’s recipients, frequency and language (owner, admin)', body: summaryScheduleSchema } }, async (request) =>
    present.presentSummarySchedule(await saveSummarySchedule(db, actorOf(request), request.body)),
  );
  routes.post('/metrics/summary-schedule/send', { schema: { tags, summary: 'Send the summary e-mail of the last full day or week now (owner, admin)' } }, async (request) => {
    const result = await sendSummaryEmail(db, actorOf(request));
    return { recipients: result.recipients, period: result.period };
  });
  routes.post('/metrics/export.xlsx', { schema: { tags, summary: 'A chart’s data as an Excel workbook', body: tableExportSchema } }, async (request, reply) => {
    const { filename, body } = await exportTable(actorOf(request), request.body);
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .send(body);
  });
}
