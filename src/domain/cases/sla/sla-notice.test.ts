import { describe, expect, it } from 'vitest';
import { composeSlaNotice, type SlaNoticeInput } from './sla-notice.ts';

const base: SlaNoticeInput = {
  kind: 'warning',
  clock: 'first_response',
  caseId: '6f1c7c1e-0000-4000-8000-000000000001',
  caseNumber: 42,
  caseTitle: 'Refund not received',
  dueAt: new Date('2026-03-10T03:00:00Z'),
  timezone: 'Asia/Shanghai',
  locale: 'en',
  publicUrl: 'https://voc.example.com/',
};

describe('composeSlaNotice', () => {
  it('writes an English warning with the due moment in the organisation’s zone and a link', () => {
    const notice = composeSlaNotice(base);
    expect(notice.subject).toBe('Case #42 is close to its first response SLA');
    expect(notice.text).toContain('case #42 Refund not received');
    expect(notice.text).toMatch(/Due: Mar 10, 2026, 11:00 GMT\+8/);
    expect(notice.text).toContain('Open the case: https://voc.example.com/cases/6f1c7c1e-0000-4000-8000-000000000001');
  });

  it('writes a Chinese escalation, without a link when no public address is set', () => {
    const notice = composeSlaNotice({ ...base, kind: 'breach', clock: 'resolution', locale: 'zh-CN', publicUrl: null });
    expect(notice.subject).toBe('案例 #42 已超出解决 SLA，已升级');
    expect(notice.text).toContain('已升级给团队负责人');
    expect(notice.text).toMatch(/到期时间：2026年3月10日 ?.*11:00/);
    expect(notice.text).not.toContain('http');
  });
});
