// Whether a survey takes answers now: open, and inside its schedule. Shown to respondents and enforced on submit.
import type { SurveyRow } from './surveys.repo.ts';

export type Availability = 'open' | 'not_open' | 'closed';

export function availabilityOf(survey: Pick<SurveyRow, 'status' | 'opensAt' | 'closesAt'>, now = new Date()): Availability {
  if (survey.status === 'draft') return 'not_open';
  if (survey.status === 'closed') return 'closed';
  if (survey.opensAt && survey.opensAt > now) return 'not_open';
  if (survey.closesAt && survey.closesAt <= now) return 'closed';
  return 'open';
}
