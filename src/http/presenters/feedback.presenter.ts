// The public JSON shape of a feedback item. Explicit, so a new column never leaks by accident.
import type { FeedbackRow } from '../../domain/feedback/feedback.repo.ts';

interface ThemeLabel {
  id: string;
  label_en?: string;
  label_zh?: string;
}

export function presentFeedback(row: FeedbackRow, options: { withExplanation?: boolean } = {}) {
  const themeLabels = new Map(((row.analysis.themes as ThemeLabel[] | undefined) ?? []).map((theme) => [theme.id, theme]));
  return {
    id: row.id,
    source: row.source,
    channel: row.channel,
    touchpoint_id: row.touchpointId,
    stage_id: row.stageId,
    journey_id: row.journeyId,
    customer_id: row.customerId,
    external_id: row.externalId,
    occurred_at: row.occurredAt.toISOString(),
    received_at: row.receivedAt.toISOString(),
    nps: row.nps,
    csat: row.csat,
    ces: row.ces,
    stars: row.stars,
    text: row.text,
    text_redacted: row.textRedacted,
    lang: row.lang,
    sentiment: row.sentimentLabel === null ? null : { label: row.sentimentLabel, score: row.sentimentScore },
    themes: row.themes.map((id) => ({ id, label_en: themeLabels.get(id)?.label_en ?? id, label_zh: themeLabels.get(id)?.label_zh ?? id })),
    mentioned_channels: row.mentionedChannels,
    breakpoint: row.breakpointFrom && row.breakpointTo ? { from: row.breakpointFrom, to: row.breakpointTo } : null,
    analysis_version: row.analysisVersion,
    identifiers: row.identifiers,
    metadata: row.metadata,
    ...(options.withExplanation ? { analysis_explanation: row.analysis } : {}),
  };
}
