// Cross-channel breakpoints: an item that describes a failure in the hand-over between two
// channels gets {from, to}. Rules, in order:
//   1–2. cues in text order (the first hand-over problem described wins):
//      a redirect cue between two mentions: from = the channel before it, to = the one after
//      ("门店让我去官网申请" → store → website);
//      a failure cue: to = the channel the failure is attached to (nearest mention before the cue,
//      else after), from = another mentioned channel ("网上申请的退货门店不给办" → website → store;
//      "the store couldn't see my online order" → website → store);
//   3. two channels and negative sentiment, no cue: first → second mention;
//   4. one channel named with a cue, and the item arrived on another channel: item channel → named.

import { AhoCorasick } from '../core/aho-corasick.ts';
import { normalizeText } from '../core/normalize.ts';
import { BREAKPOINT_CUES, type CueKind } from './breakpoint-cues.ts';
import type { ChannelId } from './channel-lexicon.ts';
import type { ChannelMention } from './detect-channels.ts';

export interface Breakpoint {
  from: ChannelId;
  to: ChannelId;
  evidence: string[];
  rule: string;
}

interface Cue {
  kind: CueKind;
  term: string;
  start: number;
  end: number;
}

let automaton: AhoCorasick<CueKind> | null = null;

function cuesIn(text: string, norm: string): Cue[] {
  if (!automaton) {
    const ac = new AhoCorasick<CueKind>();
    for (const kind of ['failure', 'redirect'] as const) {
      const { zh, en } = BREAKPOINT_CUES[kind];
      for (const raw of `${zh} ${en}`.split(/\s+/)) if (raw) ac.add(normalizeText(raw.replaceAll('_', ' ')), kind);
    }
    automaton = ac.build();
  }
  const cues: Cue[] = [];
  automaton.scan(norm, (kind, start, end) => cues.push({ kind, term: text.slice(start, end), start, end }));
  // The first hand-over problem in the text wins; at the same position a redirect wins.
  return cues.sort((a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'redirect' ? -1 : 1));
}

function before(mentions: ChannelMention[], pos: number): ChannelMention | undefined {
  let found: ChannelMention | undefined;
  for (const m of mentions) if (m.end <= pos) found = m;
  return found;
}

function after(mentions: ChannelMention[], pos: number, not?: ChannelId): ChannelMention | undefined {
  return mentions.find((m) => m.start >= pos && m.channel !== not);
}

export function detectBreakpoint(
  text: string,
  norm: string,
  mentions: ChannelMention[],
  negative: boolean,
  itemChannel: ChannelId | null,
): Breakpoint | null {
  if (mentions.length === 0) return null;
  const distinct = new Set(mentions.map((m) => m.channel));
  const cues = cuesIn(text, norm);
  if (distinct.size >= 2) {
    for (const cue of cues) {
      if (cue.kind === 'redirect') {
        const from = before(mentions, cue.start) ?? mentions[0];
        const to = from ? after(mentions, cue.end, from.channel) : undefined;
        if (from && to) return { from: from.channel, to: to.channel, evidence: [from.term, cue.term, to.term], rule: `redirect cue "${cue.term}" between two channels` };
      } else {
        const to = before(mentions, cue.start) ?? after(mentions, cue.end);
        if (!to) continue;
        const other = [...mentions].reverse().find((m) => m.channel !== to.channel && m.start < to.start) ?? mentions.find((m) => m.channel !== to.channel);
        if (other) return { from: other.channel, to: to.channel, evidence: [other.term, to.term, cue.term], rule: `failure cue "${cue.term}" attached to ${to.channel}` };
      }
    }
    if (negative) {
      const first = mentions[0] as ChannelMention;
      const second = mentions.find((m) => m.channel !== first.channel) as ChannelMention;
      return { from: first.channel, to: second.channel, evidence: [first.term, second.term], rule: 'two channels named in a negative item' };
    }
    return null;
  }
  const only = mentions[0] as ChannelMention;
  const cue = cues[0];
  if (cue && itemChannel && itemChannel !== only.channel) {
    return { from: itemChannel, to: only.channel, evidence: [`item channel: ${itemChannel}`, only.term, cue.term], rule: `${cue.kind} cue "${cue.term}" about a channel other than the one the item came from` };
  }
  return null;
}
