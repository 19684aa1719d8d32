// Every event of the case, oldest first, in plain words: who did what, when, and why.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../api/cases.ts';
import { useFormat, type Formatters } from '../../i18n/format.ts';

const KNOWN_KINDS = new Set([
  'created', 'assigned', 'transferred', 'status_changed', 'priority_changed', 'note', 'reply', 'reply_failed', 'reply_marked_sent', 'feedback_linked',
  'sla_warning', 'sla_breached', 'escalated', 'resolved', 'reopened', 'closed', 'resurvey_sent', 'resurvey_received',
]);

/** A team or person in event details may be a name, an id, or {id, name}. */
function nameIn(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const named = value as { name?: unknown; team?: unknown; assignee?: unknown };
    if (typeof named.name === 'string') return named.name;
    const parts = [nameIn(named.team), nameIn(named.assignee)].filter(Boolean);
    if (parts.length) return parts.join(' / ');
  }
  return null;
}

function leadNames(t: TFunction, value: unknown): string {
  const names = Array.isArray(value) ? value.map(nameIn).filter(Boolean) : [];
  return names.length ? names.join(t('common.listSeparator')) : t('cases.events.noLeads');
}

function words(t: TFunction, kind: string, value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return t(`cases.${kind}.${value}`, { defaultValue: value });
}

/** The values an event's sentence needs, translated where they are codes. */
function eventValues(t: TFunction, details: Record<string, unknown>) {
  return {
    from: words(t, 'status', details.from) ?? nameIn(details.from) ?? '—',
    to: words(t, 'status', details.to) ?? nameIn(details.to) ?? '—',
    status: words(t, 'status', details.status ?? details.to) ?? '—',
    priority: words(t, 'priority', details.priority ?? details.to) ?? '—',
    team: nameIn(details.team) ?? nameIn(details.team_name) ?? '—',
    assignee: nameIn(details.assignee) ?? nameIn(details.assignee_name) ?? '—',
    target: nameIn({ team: details.team, assignee: details.assignee }) ?? '—',
    clock: words(t, 'sla', details.clock ?? details.kind) ?? '',
    channel: words(t, 'replies.channels', details.channel) ?? '',
    count: Array.isArray(details.feedback_ids) ? details.feedback_ids.length : Number(details.count ?? 1),
    leads: leadNames(t, details.leads ?? details.to),
  };
}

function transferText(t: TFunction, details: Record<string, unknown>): string | null {
  const from = nameIn(details.from);
  const to = nameIn(details.to);
  return from || to ? t('cases.events.transferPath', { from: from ?? '—', to: to ?? '—' }) : null;
}

/** Extra lines under the sentence: a reason, the note itself, a root cause, an answer. */
function detailLines(t: TFunction, format: Formatters, event: CaseEvent): string[] {
  const d = event.details;
  const lines: string[] = [];
  if (event.kind === 'transferred') {
    const path = transferText(t, d);
    if (path) lines.push(path);
  }
  const rule = nameIn(d.rule);
  if (rule) lines.push(t('cases.events.rule', { name: rule }));
  if (typeof d.reason === 'string' && d.reason) lines.push(t('cases.events.reason', { reason: d.reason }));
  if (typeof d.root_cause === 'string' && d.root_cause) lines.push(`${t('cases.resolve.rootCause')}: ${d.root_cause}`);
  if (typeof d.resolution_code === 'string' && d.resolution_code) lines.push(`${t('cases.resolve.code')}: ${d.resolution_code}`);
  if (typeof d.resolution_note === 'string' && d.resolution_note) lines.push(d.resolution_note);
  if (typeof d.subject === 'string' && d.subject) lines.push(d.subject);
  if (typeof d.error === 'string' && d.error) lines.push(d.error);
  if (typeof d.due_at === 'string') lines.push(t('cases.events.dueAt', { when: format.dateTime(d.due_at) }));
  for (const metric of ['nps', 'csat', 'ces', 'stars'] as const) {
    if (typeof d[metric] === 'number') lines.push(`${t(`cases.resurvey.${metric}`)}: ${format.number(d[metric] as number)}`);
  }
  return lines;
}

export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="case-events-title" data-testid="case-events">
      <h2 id="case-events-title">{t('cases.events.title')}</h2>
      <ol className="timeline case-timeline">
        {events.map((event) => {
          const kind = KNOWN_KINDS.has(event.kind) ? event.kind : 'other';
          const actor = event.actor?.name ?? t('cases.events.system');
          const body = event.kind === 'note' && typeof event.details.body === 'string' ? event.details.body : null;
          return (
            <li key={event.id} className={`timeline-entry case-event case-event-${kind}`} data-testid="case-event" data-kind={event.kind}>
              <span className="timeline-dot" aria-hidden="true" />
              <div className="timeline-body">
                <div className="feedback-meta">
                  <strong data-testid="case-event-text">{t(`cases.events.kinds.${kind}`, { actor, kind: event.kind, ...eventValues(t, event.details) })}</strong>
                  <span className="meta-sep" aria-hidden="true">
                    ·
                  </span>
                  <time dateTime={event.created_at} className="feedback-time">
                    {format.dateTime(event.created_at)}
                  </time>
                </div>
                {body && <p className="detail-text case-note-body">{body}</p>}
                {detailLines(t, format, event).map((line, index) => (
                  <p key={index} className="muted small case-event-detail">
                    {line}
                  </p>
                ))}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
