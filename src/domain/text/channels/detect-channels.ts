// Channels named in a text, in order of first mention, with the words that named them.

import { AhoCorasick } from '../core/aho-corasick.ts';
import { normalizeText } from '../core/normalize.ts';
import { CHANNEL_IDS, CHANNEL_TERMS, GENERIC_ONLINE, type ChannelId } from './channel-lexicon.ts';

export interface ChannelMention {
  channel: ChannelId;
  term: string;
  start: number;
  end: number;
  generic: boolean;
}

let automaton: AhoCorasick<{ channel: ChannelId; generic: boolean }> | null = null;

function getAutomaton(): AhoCorasick<{ channel: ChannelId; generic: boolean }> {
  if (automaton) return automaton;
  const ac = new AhoCorasick<{ channel: ChannelId; generic: boolean }>();
  for (const id of CHANNEL_IDS) {
    const { zh, en } = CHANNEL_TERMS[id];
    for (const raw of `${zh} ${en}`.split(/\s+/)) {
      if (!raw) continue;
      const term = normalizeText(raw.replaceAll('_', ' '));
      ac.add(term, { channel: id, generic: GENERIC_ONLINE.has(term) });
    }
  }
  automaton = ac.build();
  return ac;
}

const SPECIFIC_DIGITAL = new Set<ChannelId>(['app', 'mini_program', 'wechat', 'alipay', 'chat']);

/** All mentions, longest match first at each position, overlapping shorter ones dropped. */
export function findChannelMentions(text: string, norm: string): ChannelMention[] {
  const raw: ChannelMention[] = [];
  getAutomaton().scan(norm, (v, start, end) => {
    raw.push({ channel: v.channel, generic: v.generic, term: text.slice(start, end), start, end });
  });
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: ChannelMention[] = [];
  let covered = -1;
  for (const m of raw) {
    if (m.start < covered) continue;
    mentions.push(m);
    covered = m.end;
  }
  // "网上"/"online" defer to a specific digital channel named in the same item.
  const specific = mentions.find((m) => SPECIFIC_DIGITAL.has(m.channel));
  if (specific) for (const m of mentions) if (m.generic) m.channel = specific.channel;
  return mentions;
}

export function distinctChannels(mentions: ChannelMention[]): ChannelId[] {
  const out: ChannelId[] = [];
  for (const m of mentions) if (!out.includes(m.channel)) out.push(m.channel);
  return out;
}
