import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../../api/types.ts';
import { BreakpointChip } from '../../components/BreakpointChip.tsx';
import { RatingChips } from '../../components/RatingChips.tsx';
import { SentimentBadge } from '../../components/SentimentBadge.tsx';
import { ThemeTags } from '../../components/ThemeTags.tsx';
import { useFormat } from '../../i18n/format.ts';

interface Props {
  feedback: Feedback;
  /** Where the link goes: the current view with this item opened in the detail panel. */
  href: { search: string };
  selected: boolean;
  nameOf: (key: string) => string;
}

/** The redacted text is what people see by default; the original is one click away in the panel. */
export function displayText(feedback: Feedback): string {
  return feedback.text_redacted ?? feedback.text ?? '';
}

export function FeedbackListItem({ feedback, href, selected, nameOf }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = feedback.occurred_at ?? feedback.received_at;
  const text = displayText(feedback);

  return (
    <li className={selected ? 'feedback-item selected' : 'feedback-item'}>
      <Link
        to={href}
        className="feedback-link"
        data-testid="inbox-item"
        data-feedback-id={feedback.id}
        aria-current={selected ? 'true' : undefined}
      >
        <span className="feedback-meta">
          <time dateTime={when ?? undefined} title={format.dateTime(when)} className="feedback-time">
            {format.relative(when)}
          </time>
          <span className="meta-sep" aria-hidden="true">
            ·
          </span>
          <span className="feedback-source">{t(`sources.${feedback.source}`, { defaultValue: feedback.source })}</span>
          {feedback.channel && (
            <span className="chip channel-chip" title={t('feedback.channel')}>
              {nameOf(feedback.channel)}
            </span>
          )}
          {feedback.lang && (
            <span className="chip lang-chip" title={t('feedback.language')}>
              {format.languageName(feedback.lang)}
            </span>
          )}
          <span className="feedback-meta-end">
            <SentimentBadge sentiment={feedback.sentiment} />
          </span>
        </span>
        <span className={text ? 'feedback-text' : 'feedback-text muted'}>{text || t('feedback.noText')}</span>
        <span className="feedback-tags">
          <RatingChips feedback={feedback} />
          <BreakpointChip breakpoint={feedback.breakpoint} nameOf={nameOf} />
          <ThemeTags themes={feedback.themes} />
        </span>
      </Link>
    </li>
  );
}
