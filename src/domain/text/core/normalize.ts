// Normalisation that keeps string length unchanged, so that every offset found in the
// normalised text is also an offset in the original: evidence can always be quoted verbatim.

let scratch = new Uint16Array(1024);

/** Full-width ASCII → ASCII, ideographic space → space, ASCII upper → lower; one code unit each. */
export function normalizeText(text: string): string {
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
  }
  if (i === n) return text;
  // Something changes: map the rest into a reused code-unit buffer (no string concatenation).
  if (scratch.length < n) scratch = new Uint16Array(n * 2);
  const buf = scratch;
  for (let k = 0; k < i; k++) buf[k] = text.charCodeAt(k);
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    let m = c;
    if (c >= 0x41 && c <= 0x5a) m = c + 32;
    else if (c >= 0xff01 && c <= 0xff5e) {
      m = c - 0xfee0;
      if (m >= 0x41 && m <= 0x5a) m += 32;
    } else if (c === 0x3000) m = 0x20;
    buf[i] = m;
  }
  let out = '';
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
  return out;
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
