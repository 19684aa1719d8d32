// Public JSON shapes of surveys, responses, links, distributions and survey settings.
import type { DistributionRow } from '../../domain/surveys/distribution.repo.ts';
import type { Availability } from '../../domain/surveys/survey-availability.ts';
import { availabilityOf } from '../../domain/surveys/survey-availability.ts';
import type { ResponseRow, SurveyRow, SurveySettingsRow } from '../../domain/surveys/surveys.repo.ts';
import { iso } from './iso.ts';

export function presentSurvey(row: SurveyRow) {
  return {
    id: row.id,
    name: row.name,
    touchpoint_id: row.touchpointId,
    status: row.status,
    availability: availabilityOf(row),
    opens_at: iso(row.opensAt),
    closes_at: iso(row.closesAt),
    definition: row.definition,
    response_count: row.responseCount,
    completed_count: row.completedCount,
    kiosk_path: `/k/${row.id}`,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** What the widget needs to draw a survey on another site: never the organisation's internals, nor a draft's questions. */
export function presentWidgetSurvey(row: SurveyRow, availability: Availability) {
  return { id: row.id, availability, definition: availability === 'open' ? row.definition : null };
}

export function presentResponse(row: ResponseRow) {
  return {
    id: row.id,
    channel: row.channel,
    lang: row.lang,
    personal: row.personal,
    answers: row.answers,
    identifiers: row.identifiers,
    feedback_id: row.feedbackId,
    started_at: row.startedAt.toISOString(),
    completed_at: iso(row.completedAt),
  };
}

export function presentDistribution(row: DistributionRow) {
  return {
    id: row.id,
    survey_id: row.surveyId,
    channel: row.channel,
    subject: row.subject,
    template: row.template,
    lang: row.lang,
    per_minute: row.perMinute,
    reminder_after_hours: row.reminderAfterHours,
    created_at: row.createdAt.toISOString(),
    counts: { total: row.total, sent: row.sent, opted_out: row.optedOut, failed: row.failed, opened: row.opened, started: row.started, completed: row.completed },
  };
}

/** The SMTP password and SMS headers are secrets: the dashboard learns only whether they are set. */
export function presentSurveySettings(row: SurveySettingsRow) {
  return {
    public_url: row.publicUrl,
    smtp: row.smtp ? { host: row.smtp.host, port: row.smtp.port, secure: row.smtp.secure, user: row.smtp.user ?? '', from: row.smtp.from, password_set: Boolean(row.smtp.password) } : null,
    sms: row.sms ? { url: row.sms.url, header_names: Object.keys(row.sms.headers), body_template: row.sms.body_template } : null,
  };
}
