// The four states of a list loaded from the API, as every list page shows them: a spinner on the
// first load (a reload keeps the list on screen), the error with a retry, the empty-state sentence,
// or the list itself.
import type { ReactNode } from 'react';
import type { AsyncState } from '../hooks/useAsync.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Loading } from './Loading.tsx';

export function AsyncList<T>({ state, emptyText, emptyTestId, emptyClassName = 'muted', children }: {
  state: AsyncState<T[]>;
  emptyText: ReactNode;
  emptyTestId?: string;
  emptyClassName?: string;
  children: (items: T[]) => ReactNode;
}) {
  if (state.loading && !state.data) return <Loading />;
  if (state.error) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  if (!state.data?.length) {
    return (
      <p className={emptyClassName} data-testid={emptyTestId}>
        {emptyText}
      </p>
    );
  }
  return <>{children(state.data)}</>;
}
