// Terms for corpus statistics (descriptors, emerging terms): content words and adjacent word
// pairs, lower-cased, without stop words, numbers or punctuation.

import { normalizeText } from '../core/normalize.ts';
import { tokenize } from '../core/segment.ts';
import { PUNCT, WORD, type Token } from '../core/tokens.ts';

const STOP_EN = new Set(
  "a an the and or but if then so of to in on at for with from by as is are was were be been being am i me my we our you your he him his she her it its they them their this that these those there here what which who whom when where why how all any both each few more most other some such no nor not only own same than too very can will just don't should now do does did doing have has had having would could also get got go went one really still even much many again ever into out up down off over under about after before because while until just".split(
    ' ',
  ),
);

const STOP_ZH = new Set(
  '的 了 是 在 我 你 他 她 它 我们 你们 他们 这 那 这个 那个 就 都 也 还 又 和 与 及 或 而 但 被 把 给 对 让 从 到 为 以 于 之 其 中 上 下 个 一 一个 有 没 不 很 太 吗 呢 吧 啊 呀 哦 嗯 着 过 得 地 么 什么 怎么 自己 因为 所以 如果 虽然 但是 可以 已经 还是 就是 然后 一下 一些 这样 那样 时候 现在 今天 真的'.split(
    ' ',
  ),
);

export function isStopWord(w: string): boolean {
  return STOP_EN.has(w) || STOP_ZH.has(w) || w.length === 1 && w.charCodeAt(0) < 0x80;
}

/** Distinct terms of one document (set semantics: corpus statistics count documents). */
export function documentTerms(text: string, withPairs: boolean): Set<string> {
  const norm = normalizeText(text);
  const tokens = tokenize(norm);
  const out = new Set<string>();
  let prev: Token | null = null;
  for (const t of tokens) {
    if (t.kind === PUNCT) {
      prev = null;
      continue;
    }
    if (t.kind !== WORD) continue;
    const stop = isStopWord(t.text);
    if (!stop) out.add(t.text);
    if (withPairs && prev && !stop && !isStopWord(prev.text)) out.add(prev.han && t.han ? prev.text + t.text : `${prev.text} ${t.text}`);
    prev = t;
  }
  return out;
}
