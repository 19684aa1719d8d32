// PII redaction before text is stored or shown: emails, Chinese ID-card numbers (checksum
// verified), bank-card numbers (Luhn verified), Chinese mobile and landline numbers and
// international phone numbers. Business hotlines (400/800 numbers) are not personal and are kept.
// Checksums keep order numbers and amounts from being blanked at random.

export type PiiKind = 'email' | 'id_card' | 'bank_card' | 'phone';

export interface PiiCount {
  kind: PiiKind;
  count: number;
}

export interface RedactionResult {
  text: string;
  pii: PiiCount[];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const ID_CARD = /(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
// 13–19 digits, optionally grouped by 4 with spaces or dashes (a 19-digit card ends in a group of 3).
const BANK_CARD = /(?<![\d-])(?:\d{4}[ -]?){3}\d{4}(?:[ -]?\d{1,3})?(?![\d-])|(?<![\d-])\d{13,19}(?![\d-])/g;
const CN_MOBILE = /(?<![\d+])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g;
const CN_LANDLINE = /(?<![\d-])(?:\(0\d{2,3}\)|0\d{2,3}-)[ ]?[2-9]\d{6,7}(?!\d)/g;
const INTL_PHONE = /(?<![\w+])(?:\+|00)[1-9]\d{0,2}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}(?!\d)/g;
const NANP_PHONE = /(?<!\d)(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)/g;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

function validIdCard(s: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const check = '10X98765432';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * (weights[i] as number);
  return check[sum % 11] === (s[17] as string).toUpperCase();
}

function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Cheap test that lets most items skip every regular expression. */
function mayContainPii(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x40) return true;
    if (c >= 0x30 && c <= 0x39) {
      if (++run >= 7) return true;
    } else if (c !== 0x20 && c !== 0x2d) run = 0;
  }
  return false;
}

export function redactPii(text: string): RedactionResult {
  if (!mayContainPii(text)) return { text, pii: [] };
  const counts = new Map<PiiKind, number>();
  const mark = (kind: PiiKind): string => {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    return `[${kind.toUpperCase()}]`;
  };
  let out = text.replace(EMAIL, () => mark('email'));
  out = out.replace(ID_CARD, (m) => (validIdCard(m) ? mark('id_card') : m));
  out = out.replace(BANK_CARD, (m) => {
    const d = digitsOf(m);
    return d.length >= 13 && d.length <= 19 && luhn(d) ? mark('bank_card') : m;
  });
  out = out.replace(CN_MOBILE, () => mark('phone'));
  out = out.replace(CN_LANDLINE, () => mark('phone'));
  out = out.replace(INTL_PHONE, (m) => (digitsOf(m).length >= 8 ? mark('phone') : m));
  out = out.replace(NANP_PHONE, (m) => (/^(?:\(?[48]00)/.test(m) ? m : mark('phone')));
  const pii: PiiCount[] = [];
  for (const kind of ['email', 'phone', 'id_card', 'bank_card'] as const) {
    const count = counts.get(kind);
    if (count) pii.push({ kind, count });
  }
  return { text: out, pii };
}
