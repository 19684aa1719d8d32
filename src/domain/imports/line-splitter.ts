// Splits a text stream into lines without ever holding more than one line (and never a line longer
// than the limit: the rest of such a line is skipped, not buffered), so a 1 GB JSON Lines file with a
// runaway line cannot exhaust memory the way readline would.
export interface Line {
  number: number;
  text?: string;
  /** Set instead of text when the line was longer than the limit. */
  tooLong?: boolean;
}

export async function* splitLines(chunks: AsyncIterable<string>, maxLineChars: number): AsyncGenerator<Line> {
  let number = 1;
  let pending = '';
  let skipping = false;
  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf('\n', start); newline !== -1; newline = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, newline);
      if (skipping) yield { number, tooLong: true };
      else if (pending.length + piece.length > maxLineChars) yield { number, tooLong: true };
      else yield { number, text: stripCr(pending + piece) };
      pending = '';
      skipping = false;
      number += 1;
      start = newline + 1;
    }
    const rest = chunk.slice(start);
    if (!skipping) {
      if (pending.length + rest.length > maxLineChars) {
        skipping = true;
        pending = '';
      } else {
        pending += rest;
      }
    }
  }
  if (skipping) yield { number, tooLong: true };
  else if (pending.length > 0) yield { number, text: stripCr(pending) };
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
