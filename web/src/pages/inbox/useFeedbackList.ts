import { useCallback, useEffect, useRef, useState } from 'react';
import { listFeedback } from '../../api/feedback.ts';
import type { Feedback, FeedbackFilters } from '../../api/types.ts';

interface ListState {
  items: Feedback[];
  nextCursor: string | null;
  /** The first page is on its way: show the skeleton. */
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMoreError: unknown;
}

const INITIAL: ListState = {
  items: [],
  nextCursor: null,
  loading: true,
  loadingMore: false,
  error: null,
  loadMoreError: null,
};

/**
 * Cursor pagination over the feedback list. A change of filters starts over and cancels any
 * request still running for the old filters, so pages of two different queries never mix.
 */
export function useFeedbackList(filters: FeedbackFilters, queryKey: string) {
  const [state, setState] = useState<ListState>(INITIAL);
  const [attempt, setAttempt] = useState(0);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    controllerRef.current?.abort();
    controllerRef.current = controller;
    setState(INITIAL);
    listFeedback(filtersRef.current, null, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setState({ ...INITIAL, loading: false, items: page.items, nextCursor: page.next_cursor });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ ...INITIAL, loading: false, error });
      },
    );
    return () => controller.abort();
  }, [queryKey, attempt]);

  // The latest state, read by loadMore without making it a new function on every render.
  const stateRef = useRef(state);
  stateRef.current = state;

  const pendingCursorRef = useRef<string | null>(null);

  const loadMore = useCallback(() => {
    const controller = controllerRef.current;
    const current = stateRef.current;
    if (!current.nextCursor || current.loadingMore || current.loading || !controller) return;
    const cursor = current.nextCursor;
    // A double click lands before React re-renders the disabled button; the ref sees it at once.
    if (pendingCursorRef.current === cursor) return;
    pendingCursorRef.current = cursor;
    setState((latest) => ({ ...latest, loadingMore: true, loadMoreError: null }));
    listFeedback(filtersRef.current, cursor, controller.signal)
      .finally(() => {
        if (pendingCursorRef.current === cursor) pendingCursorRef.current = null;
      })
      .then(
        (page) =>
          setState((latest) => {
            // A filter change in the meantime replaced the list; this page belongs to the old one.
            if (controller.signal.aborted || latest.nextCursor !== cursor) return latest;
            const known = new Set(latest.items.map((item) => item.id));
            const fresh = page.items.filter((item) => !known.has(item.id));
            return {
              ...latest,
              items: [...latest.items, ...fresh],
              nextCursor: page.next_cursor,
              loadingMore: false,
            };
          }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState((latest) => ({ ...latest, loadingMore: false, loadMoreError: error }));
        },
      );
  }, []);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { ...state, loadMore, retry };
}
