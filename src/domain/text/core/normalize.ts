// Normalisation that keeps string length unchanged, so that every offset found in the
// normalised text is also an offset in the original: evidence can always be quoted verbatim.

/** Full-width ASCII → ASCII, ideographic space → space, ASCII upper → lower; one code unit each. */
export function normalizeText(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let m = c;
    if (c >= 0x41 && c <= 0x5a) m = c + 32;
    else if (c >= 0xff01 && c <= 0xff5e) {
      m = c - 0xfee0;
      if (m >= 0x41 && m <= 0x5a) m += 32;
    } else if (c === 0x3000) m = 0x20;
    if (m !== c) {
      out += text.slice(runStart, i) + String.fromCharCode(m);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
