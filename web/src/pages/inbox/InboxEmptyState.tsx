import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

function curlExample(host: string): string {
  return [
    `curl -X POST ${host}/api/v1/feedback \\`,
    `  -H 'authorization: Bearer ovk_...' \\`,
    `  -H 'content-type: application/json' \\`,
    `  -d '{"source":"api","channel":"website","text":"..."}'`,
  ].join('\n');
}

/** An empty org needs to learn how feedback gets in; an empty filter result needs a way out. */
export function InboxEmptyState({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  const { t } = useTranslation();

  if (filtered) {
    return (
      <div className="empty-state" data-testid="inbox-empty" data-empty-reason="no-matches">
        <h2>{t('inbox.noMatches.title')}</h2>
        <p>{t('inbox.noMatches.body')}</p>
        <button type="button" className="button primary" data-testid="inbox-clear-filters" onClick={onClearFilters}>
          {t('inbox.clearFilters')}
        </button>
      </div>
    );
  }

  return (
    <div className="empty-state" data-testid="inbox-empty" data-empty-reason="no-feedback">
      <h2>{t('inbox.empty.title')}</h2>
      <p>{t('inbox.empty.body')}</p>
      <pre className="code-block" aria-label={t('inbox.empty.exampleLabel')}>
        <code>{curlExample(window.location.origin)}</code>
      </pre>
      <p>
        {t('inbox.empty.keyHint')}{' '}
        <Link to="/settings/api-keys" data-testid="inbox-empty-api-keys">
          {t('inbox.empty.keyLink')}
        </Link>
      </p>
    </div>
  );
}
