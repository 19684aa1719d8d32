// Answers that worked before: replies from similar resolved cases, with why they look similar.
import { useTranslation } from 'react-i18next';
import { listSuggestedReplies, type SuggestedReply } from '../../api/caseReplies.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../i18n/format.ts';

interface Props {
  caseId: string;
  canUse: boolean;
  onUse: (suggestion: SuggestedReply) => void;
}

export function SuggestedReplies({ caseId, canUse, onUse }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const suggestions = useAsync(() => listSuggestedReplies(caseId).then((response) => response.items), [caseId]);
  return (
    <section className="card" aria-labelledby="suggested-title" data-testid="suggested-replies">
      <h2 id="suggested-title">{t('cases.suggested.title')}</h2>
      <p className="muted small">{t('cases.suggested.hint')}</p>
      {suggestions.error ? (
        <ErrorMessage error={suggestions.error} onRetry={suggestions.reload} />
      ) : !suggestions.data ? (
        <Loading />
      ) : suggestions.data.length === 0 ? (
        <p className="muted" data-testid="suggested-empty">{t('cases.suggested.none')}</p>
      ) : (
        <ul className="suggestion-list">
          {suggestions.data.map((suggestion) => (
            <li key={`${suggestion.case_id}-${suggestion.body.length}`} className="suggestion" data-testid="suggested-reply">
              <div className="feedback-meta">
                <span className="mono">#{suggestion.case_number}</span>
                <span className="chip" data-testid="suggested-similarity">
                  {t('cases.suggested.similarity', { value: format.number(Math.round(suggestion.similarity * 100)) })}
                </span>
                {suggestion.resolution_code && <span className="chip">{suggestion.resolution_code}</span>}
              </div>
              {suggestion.shared_terms.length > 0 && (
                <p className="muted small">
                  {t('cases.suggested.shared')}{' '}
                  {suggestion.shared_terms.map((term) => (
                    <span key={term} className="tag">
                      {term}
                    </span>
                  ))}
                </p>
              )}
              <p className="detail-text suggestion-body">{suggestion.body}</p>
              {canUse && (
                <button type="button" className="button small" data-testid="suggested-use" onClick={() => onUse(suggestion)}>
                  {t('cases.suggested.use')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
