import { useEffect, useRef } from 'react';

/**
 * Calls `effect` once `value` has stopped changing for `delayMs`: typing a search should query
 * the server once per pause, not once per keystroke.
 */
export function useDebouncedEffect<T>(value: T, delayMs: number, effect: (value: T) => void): void {
  const effectRef = useRef(effect);
  effectRef.current = effect;

  useEffect(() => {
    const timer = window.setTimeout(() => effectRef.current(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
}
