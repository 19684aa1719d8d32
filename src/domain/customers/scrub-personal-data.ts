// What erasure does to one feedback item, as a pure function: the text keeps only its redacted form
// (or goes), with the customer's own name and identifiers masked wherever they appear; metadata fields
// that hold personal data go; the analysis keeps its labels but not the quoted fragments of text.
// Ratings, sentiment, themes, channel and dates are not touched, so every aggregate stays right.
import { redactPii } from '../text/pii/redact-pii.ts';
import type { ErasableFeedbackRow, ErasedFeedback } from './customers.repo.ts';

export const ERASED_TEXT = '[ERASED]';

// Metadata keys that name personal data, in English and Chinese.
const PERSONAL_KEY = /(^|[^a-z])(name|names|first_?name|last_?name|full_?name|phone|mobile|cell|tel|telephone|email|e_?mail|mail|address|addr|street|postcode|zip|wechat|weixin|openid|unionid|alipay|id_?card|id_?number|passport|birthday|birth_?date|dob|ip|ip_?address|device_?id|member_?id|user_?id|customer_?id|contact)([^a-z]|$)/;
const PERSONAL_KEY_ZH = /(姓名|名字|称呼|电话|手机|号码|邮箱|邮件|地址|住址|微信|支付宝|身份证|证件|护照|生日|会员号|联系人|联系方式)/;

export function isPersonalKey(key: string): boolean {
  return PERSONAL_KEY.test(key.toLowerCase()) || PERSONAL_KEY_ZH.test(key);
}

/** Variants of known values as they may be written in free text: "+8613812345678" also as "13812345678" and "138 1234 5678". */
export function knownValueVariants(values: string[]): string[] {
  const variants = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed.length < 2) continue;
    variants.add(trimmed);
    if (/^\+\d{8,15}$/.test(trimmed)) {
      const national = trimmed.startsWith('+86') ? trimmed.slice(3) : trimmed.slice(1);
      variants.add(national);
      if (national.length === 11) variants.add(`${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`);
      if (national.length === 11) variants.add(`${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`);
    }
  }
  // Longest first, so "Li Wei Chen" is masked before "Li Wei".
  return [...variants].sort((a, b) => b.length - a.length);
}

export function maskKnownValues(text: string, variants: string[]): string {
  let out = text;
  for (const value of variants) {
    const pattern = new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    out = out.replace(pattern, '[REDACTED]');
  }
  return out;
}

export function scrubFeedback(row: ErasableFeedbackRow, variants: string[], mode: 'redact' | 'remove'): ErasedFeedback {
  const text = row.text === null ? null : mode === 'remove' ? ERASED_TEXT : maskKnownValues(redactPii(row.textRedacted ?? row.text).text, variants);
  return { id: row.id, text, text_redacted: text, metadata: scrubMetadata(row.metadata, variants), analysis: scrubAnalysis(row.analysis) };
}

export function scrubMetadata(metadata: Record<string, unknown>, variants: string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (isPersonalKey(key)) continue;
    kept[key] = typeof value === 'string' ? maskKnownValues(redactPii(value).text, variants) : value;
  }
  return kept;
}

/** Labels stay (themes, the breakpoint rule); fragments quoted from the text (clauses, evidence, contributors) go. */
export function scrubAnalysis(analysis: Record<string, unknown>): Record<string, unknown> {
  const themes = Array.isArray(analysis.themes)
    ? (analysis.themes as Array<Record<string, unknown>>).map(({ id, label_en, label_zh, source }) => ({ id, label_en, label_zh, source }))
    : [];
  const breakpoint = analysis.breakpoint as { rule?: unknown } | null | undefined;
  return { themes, ...(breakpoint ? { breakpoint: { rule: breakpoint.rule } } : {}), erased: true };
}
