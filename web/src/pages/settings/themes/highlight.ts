// Splits a text into plain and highlighted pieces from the evidence strings of each theme. The
// result is rendered as text nodes, so nothing in the text or the evidence is ever parsed as HTML.

export interface EvidenceSource {
  key: string;
  evidence: readonly string[];
}

export interface Segment {
  text: string;
  /** The sources whose evidence covers this piece; empty for plain text. */
  keys: string[];
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every [start, end) where the evidence occurs in the text, case-insensitively. */
export function evidenceRanges(text: string, evidence: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const word of new Set(evidence.map((item) => item.trim()).filter(Boolean))) {
    const re = new RegExp(escapeRegExp(word), 'giu');
    for (let match = re.exec(text); match; match = re.exec(text)) {
      ranges.push([match.index, match.index + match[0].length]);
      if (match[0].length === 0) re.lastIndex += 1;
    }
  }
  return ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

export function highlightSegments(text: string, sources: readonly EvidenceSource[]): Segment[] {
  const marks = sources.map((source) => ({ key: source.key, ranges: evidenceRanges(text, source.evidence) }));
  const cuts = new Set<number>([0, text.length]);
  for (const { ranges } of marks) for (const [start, end] of ranges) cuts.add(start).add(end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const keys = marks.filter(({ ranges }) => ranges.some(([from, to]) => from <= start && end <= to)).map(({ key }) => key);
    const last = segments[segments.length - 1];
    if (last && last.keys.join('\n') === keys.join('\n')) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), keys });
  }
  return segments;
}
