import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SkeletonRows } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useChannels } from '../../hooks/useChannels.ts';
import { FeedbackDrawer } from './FeedbackDrawer.tsx';
import { FeedbackListItem } from './FeedbackListItem.tsx';
import {
  filtersKey,
  hasActiveFilters,
  readFilters,
  SELECTED_ITEM_PARAM,
  toApiFilters,
  withFilter,
  withoutFilters,
  type FilterKey,
} from './filters.ts';
import { InboxEmptyState } from './InboxEmptyState.tsx';
import { InboxFiltersBar } from './InboxFiltersBar.tsx';
import { ScopeFilterChips } from './ScopeFilterChips.tsx';
import { useFeedbackList } from './useFeedbackList.ts';

export function InboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { channels, nameOf } = useChannels();

  const filters = useMemo(() => readFilters(params), [params]);
  const queryKey = filtersKey(filters);
  // The list reloads when queryKey changes, not when a new but equal filters object appears.
  const list = useFeedbackList(toApiFilters(filters), queryKey);
  const selectedId = params.get(SELECTED_ITEM_PARAM);
  const filtered = hasActiveFilters(filters);

  const changeFilter = useCallback(
    (key: FilterKey, value: string, replace = false) => {
      // A new query closes the detail panel: the item may not be in the new list.
      setParams((current) => {
        const next = withFilter(current, key, value);
        next.delete(SELECTED_ITEM_PARAM);
        return next;
      }, { replace });
    },
    [setParams],
  );

  const removeFilters = useCallback(
    (keys: readonly FilterKey[]) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const key of keys) next.delete(key);
        next.delete(SELECTED_ITEM_PARAM);
        return next;
      }),
    [setParams],
  );

  const clearFilters = useCallback(() => setParams((current) => withoutFilters(current)), [setParams]);

  const linkTo = (id: string) => {
    const next = new URLSearchParams(params);
    next.set(SELECTED_ITEM_PARAM, id);
    return { search: `?${next.toString()}` };
  };

  const closeDetail = useCallback(() => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete(SELECTED_ITEM_PARAM);
      return next;
    }, { replace: true });
  }, [setParams]);

  return (
    <div className="page inbox-page">
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      <InboxFiltersBar filters={filters} channels={channels} onChange={changeFilter} onClear={clearFilters} />
      <ScopeFilterChips filters={filters} onChange={changeFilter} onRemove={removeFilters} />

      <div className="inbox-results" aria-busy={list.loading}>
        {list.loading ? (
          <SkeletonRows count={6} />
        ) : list.error ? (
          <ErrorMessage error={list.error} onRetry={list.retry} testId="inbox-error" />
        ) : list.items.length === 0 ? (
          <InboxEmptyState filtered={filtered} onClearFilters={clearFilters} />
        ) : (
          <>
            <ul className="feedback-list" aria-label={t('inbox.listLabel')} data-testid="inbox-list">
              {list.items.map((item) => (
                <FeedbackListItem
                  key={item.id}
                  feedback={item}
                  href={linkTo(item.id)}
                  selected={item.id === selectedId}
                  nameOf={nameOf}
                />
              ))}
            </ul>
            <div className="list-footer">
              <ErrorMessage error={list.loadMoreError} />
              {list.nextCursor ? (
                <button
                  type="button"
                  className="button"
                  data-testid="inbox-load-more"
                  onClick={list.loadMore}
                  disabled={list.loadingMore}
                  aria-busy={list.loadingMore}
                >
                  {list.loadingMore ? t('common.loading') : t('inbox.loadMore')}
                </button>
              ) : (
                <p className="muted small" data-testid="inbox-end">
                  {t('inbox.end', { count: list.items.length })}
                </p>
              )}
            </div>
          </>
        )}
      </div>

      {selectedId && (
        <FeedbackDrawer
          key={selectedId}
          id={selectedId}
          preview={list.items.find((item) => item.id === selectedId)}
          nameOf={nameOf}
          onClose={closeDetail}
        />
      )}
    </div>
  );
}
