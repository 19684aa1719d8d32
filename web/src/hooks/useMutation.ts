import { useCallback, useRef, useState } from 'react';

export interface Mutation<A extends unknown[]> {
  run: (...args: A) => Promise<boolean>;
  pending: boolean;
  error: unknown;
  clearError: () => void;
}

/**
 * Wraps a write (create, rename, delete) so every form shows the same pending state and the
 * same translated error, and the caller only says what to do on success.
 */
export function useMutation<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  onSuccess?: (result: R) => void | Promise<void>,
): Mutation<A> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const actionRef = useRef(action);
  const successRef = useRef(onSuccess);
  actionRef.current = action;
  successRef.current = onSuccess;

  const run = useCallback(async (...args: A): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      const result = await actionRef.current(...args);
      await successRef.current?.(result);
      return true;
    } catch (cause) {
      setError(cause);
      return false;
    } finally {
      setPending(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
