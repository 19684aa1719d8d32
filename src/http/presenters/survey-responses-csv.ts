// Responses as CSV: one row per response, one column per question, UTF-8 with a BOM so Excel shows
// Chinese correctly, and cells that a spreadsheet would run as formulas defused.
import type { ResponseRow, SurveyRow } from '../../domain/surveys/surveys.repo.ts';
import { textOf } from '../../domain/surveys/survey-flow.ts';

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function responsesCsv(survey: SurveyRow, responses: ResponseRow[]): string {
  const questions = survey.definition.questions;
  const header = ['response_id', 'started_at', 'completed_at', 'channel', 'lang', 'identifiers', ...questions.map((q) => `${q.id}: ${textOf(q.title, survey.definition.default_lang)}`)];
  const rows = responses.map((response) => [
    response.id,
    response.startedAt.toISOString(),
    response.completedAt?.toISOString() ?? '',
    response.channel,
    response.lang,
    Object.keys(response.identifiers).length ? response.identifiers : '',
    ...questions.map((q) => response.answers[q.id]),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
