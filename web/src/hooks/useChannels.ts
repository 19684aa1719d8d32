import { useCallback } from 'react';
import { listChannels } from '../api/channels.ts';
import type { Channel } from '../api/types.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { localizedName } from '../i18n/names.ts';
import { useAsync } from './useAsync.ts';

/**
 * The org's channels and a way to show a channel key as its display name. Unknown keys (a
 * channel deleted since, or one only mentioned in text) are shown as the key itself.
 */
export function useChannels() {
  const state = useAsync(() => listChannels().then((response) => response.items), []);
  const channels: Channel[] = state.data ?? [];
  const language = useLanguage();

  const nameOf = useCallback(
    (key: string | null | undefined): string => {
      if (!key) return '—';
      const channel = channels.find((candidate) => candidate.key === key);
      return channel ? localizedName(channel, language, key) : key;
    },
    [channels, language],
  );

  return { channels, nameOf, loading: state.loading, error: state.error, reload: state.reload };
}
