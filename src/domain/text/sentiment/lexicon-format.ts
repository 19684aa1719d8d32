// Lexicons are written as "weight: word word ..." lines so that a reviewer can read and edit them
// like a list; this parses them once into a Map. The first occurrence of a word wins, so the
// core lists at the top of a file are not overridden by later, broader lists.

export function parseWeightedList(src: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of src.split('\n')) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*:(.*)$/.exec(line);
    if (!m) continue;
    const weight = Number(m[1]);
    for (const w of (m[2] ?? '').trim().split(/\s+/)) {
      const word = w.replaceAll('_', ' ');
      if (w && !map.has(word)) map.set(word, weight);
    }
  }
  return map;
}

export function wordSet(src: string): Set<string> {
  return new Set(src.trim().split(/\s+/).map((w) => w.replaceAll('_', ' ')));
}

// Bases whose inflected forms mean something else ("goods", "kinds", "rights", "freed").
const NO_INFLECT = new Set(['good', 'fine', 'well', 'kind', 'right', 'free', 'cool', 'sorry', 'dead', 'poor', 'mean', 'hard', 'lack', 'line', 'long', 'hour', 'hold', 'fair']);

/**
 * Adds regular English inflections (-s, -es, -ed, -d, -ing) of single-word entries that are not
 * already listed, so that "disappoints" and "crashing" need not be written out by hand.
 */
export function withInflections(lexicon: Map<string, number>): Map<string, number> {
  const out = new Map(lexicon);
  for (const [w, v] of lexicon) {
    if (w.includes(' ') || w.length < 4 || NO_INFLECT.has(w) || !/^[a-z]+$/.test(w)) continue;
    const stem = w.endsWith('e') ? w.slice(0, -1) : w;
    const forms = w.endsWith('e') ? [`${w}s`, `${w}d`, `${stem}ing`] : [`${w}s`, `${w}es`, `${w}ed`, `${w}ing`];
    for (const f of forms) if (!out.has(f)) out.set(f, v);
  }
  return out;
}
