import type { TFunction } from 'i18next';
import type { ImportStatus } from '../../api/imports.ts';

export const IDENTIFIER_KINDS = ['phone', 'email', 'member_id', 'wechat_openid', 'wechat_unionid', 'alipay_user_id', 'device_id', 'order_id', 'name'] as const;
export const DIRECT_TARGETS = ['text', 'external_id', 'occurred_at', 'nps', 'csat', 'ces', 'stars', 'channel'] as const;
export const METADATA = 'metadata';
export const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'big5', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-kr', 'windows-1252'];
export const TIMEZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles'];

/** The label of a mapping target ("identifiers.phone" → "Identifier: phone"). */
export function targetLabel(t: TFunction, target: string): string {
  if (target.startsWith('identifiers.')) return t('imports.targets.identifier', { kind: t(`customers.kinds.${target.slice(12)}`, { defaultValue: target.slice(12) }) });
  if (target.startsWith('metadata.')) return t('imports.targets.metadataKey', { key: target.slice(9) });
  return t(`imports.targets.${target}`, { defaultValue: target });
}

export function statusClass(status: ImportStatus): string {
  return status === 'completed' ? 'badge status-on' : status === 'failed' || status === 'cancelled' ? 'badge status-off' : 'badge';
}

export function isActive(status: ImportStatus): boolean {
  return status === 'queued' || status === 'running';
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
