// Makes identifiers comparable: the same person's phone written three ways must be one key. Phones
// become E.164 (numbers without a country code are read as Chinese), e-mails lower case; values that
// say "unknown" in some way ("N/A", "-", "0", "无") never fuse anyone, or every unknown would be one person.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { identifierKinds } from '../feedback/feedback.schema.ts';

/** The identifier kinds that link items to a profile (a name is shown, never matched: names are not unique). */
export const FUSION_KINDS = ['phone', 'email', 'member_id', 'wechat_unionid', 'wechat_openid', 'alipay_user_id', 'order_id', 'device_id'] as const;
export type FusionKind = (typeof FUSION_KINDS)[number];
export type IdentifierKind = (typeof identifierKinds)[number];

/** Strongest first: when an item's identifiers point to different profiles, the earlier kind decides. */
export const FUSION_PRIORITY: readonly FusionKind[] = FUSION_KINDS;

export const DEFAULT_PHONE_REGION = 'CN';

export interface IdentifierKey {
  kind: FusionKind;
  value: string;
}

const PLACEHOLDERS = new Set([
  '', '-', '--', '—', '_', '.', '0', '00', '000', '0000', 'n/a', 'na', 'n.a.', 'none', 'null', 'nil', 'undefined', 'unknown',
  'anonymous', 'test', 'x', 'xx', 'xxx', '?', '无', '空', '未知', '不详', '匿名', '暂无', '没有',
]);

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDERS.has(value.trim().toLowerCase());
}

/** E.164 for a possible phone number, else undefined (such a value is kept on the item but never matched). */
export function normalisePhone(value: string, defaultRegion = DEFAULT_PHONE_REGION): string | undefined {
  const phone = parsePhoneNumberFromString(value, defaultRegion as never);
  return phone?.isPossible() ? phone.number : undefined;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseIdentifierValue(kind: IdentifierKind, raw: string): string {
  const value = raw.trim();
  if (kind === 'email') return value.toLowerCase();
  if (kind === 'phone') return normalisePhone(value) ?? value;
  return value;
}

/**
 * The identifiers as stored on the item (normalised where possible, everything kept) and the keys
 * that fuse it with other items, strongest first.
 */
export function prepareIdentifiers(raw: Partial<Record<IdentifierKind, string>>): { stored: Record<string, string>; keys: IdentifierKey[] } {
  const stored: Record<string, string> = {};
  for (const kind of identifierKinds) {
    const value = raw[kind];
    if (value !== undefined) stored[kind] = normaliseIdentifierValue(kind, value);
  }
  return { stored, keys: fusionKeys(stored) };
}

/** The keys of already normalised identifiers (as stored on an item) that take part in fusion. */
export function fusionKeys(stored: Record<string, unknown>): IdentifierKey[] {
  const keys: IdentifierKey[] = [];
  for (const kind of FUSION_PRIORITY) {
    const value = stored[kind];
    if (typeof value !== 'string' || isPlaceholder(value)) continue;
    if (kind === 'phone' && !value.startsWith('+')) continue; // not a possible number: not trusted to identify anyone
    if (kind === 'email' && !EMAIL_SHAPE.test(value)) continue;
    keys.push({ kind, value });
  }
  return keys;
}

export function keyOf(key: IdentifierKey): string {
  return `${key.kind}\u0000${key.value}`;
}
