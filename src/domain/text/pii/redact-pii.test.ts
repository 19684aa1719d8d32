import { describe, expect, it } from 'vitest';
import { redactPii } from './redact-pii.ts';

describe('redactPii', () => {
  it.each([
    ['我的手机13812345678请回电', '我的手机[PHONE]请回电', 'phone'],
    ['call me on +86 138 1234 5678', 'call me on [PHONE]', 'phone'],
    ['UK: +44 20 7946 0958', 'UK: [PHONE]', 'phone'],
    ['US (415) 555-2671 please', 'US [PHONE] please', 'phone'],
    ['座机 010-62345678', '座机 [PHONE]', 'phone'],
    ['mail a.b+vip@example.co.uk now', 'mail [EMAIL] now', 'email'],
    ['身份证11010519491231002X已登记', '身份证[ID_CARD]已登记', 'id_card'],
    ['卡号 6222 0202 0000 0000 006 扣款两次', '卡号 [BANK_CARD] 扣款两次', 'bank_card'],
    ['card 4111-1111-1111-1111 declined', 'card [BANK_CARD] declined', 'bank_card'],
  ])('%s', (input, expected, kind) => {
    const r = redactPii(input);
    expect(r.text).toBe(expected);
    expect(r.pii).toEqual([{ kind, count: 1 }]);
  });

  it.each([
    ['订单号 20231115000123456789 还没发货'],
    ['客服热线 400-820-1234 打不通'],
    ['I paid 1,299.00 for 3 items'],
    ['身份证号写错了 110105194912310021'],
    ['card 4111 1111 1111 1112 is not a valid number'],
  ])('leaves non-personal or invalid numbers: %s', (input) => {
    expect(redactPii(input)).toEqual({ text: input, pii: [] });
  });

  it('counts several kinds', () => {
    const r = redactPii('13812345678 / 13987654321 / x@y.cn');
    expect(r.pii).toEqual([
      { kind: 'email', count: 1 },
      { kind: 'phone', count: 2 },
    ]);
  });
});
