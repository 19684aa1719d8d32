import { describe, expect, it } from 'vitest';
import { normalizeText } from '../core/normalize.ts';
import { CHANNEL_IDS, normalizeChannelId } from './channel-lexicon.ts';
import { detectBreakpoint } from './detect-breakpoint.ts';
import { distinctChannels, findChannelMentions } from './detect-channels.ts';

const channels = (text: string): string[] => distinctChannels(findChannelMentions(text, normalizeText(text)));
const breakpoint = (text: string, negative = true, item: string | null = null) => {
  const norm = normalizeText(text);
  return detectBreakpoint(text, norm, findChannelMentions(text, norm), negative, normalizeChannelId(item));
};

describe('channel mentions', () => {
  it.each([
    ['在小程序下单，去门店自提', ['mini_program', 'store']],
    ['打了客服热线，又发了邮件', ['call_centre', 'email']],
    ['微信公众号和支付宝都能付', ['wechat', 'alipay']],
    ['收到短信说4S店可以保养', ['sms', 'dealer']],
    ['I ordered on the app and picked it up in store', ['app', 'store']],
    ['I called the hotline and then tweeted at them', ['call_centre', 'social']],
    ['the website says in stock but the live chat says no', ['website', 'chat']],
    ['my phone died while I was in the app store', ['app']],
  ])('%s', (text, expected) => {
    expect(channels(text)).toEqual(expected);
  });

  it('maps generic "online" to a specific digital channel when one is named', () => {
    expect(channels('网上下单的，在app里看不到')).toEqual(['app']);
  });

  it('uses only the documented channel ids', () => {
    for (const id of ['website', 'app', 'mini_program', 'store', 'call_centre', 'wechat', 'alipay', 'sms', 'email', 'social', 'dealer']) expect(CHANNEL_IDS).toContain(id);
    expect(normalizeChannelId('Call Center')).toBe('call_centre');
    expect(normalizeChannelId('fax')).toBeNull();
  });
});

describe('breakpoints', () => {
  it.each([
    ['网上申请的退货门店不给办', 'website', 'store'],
    ['the store couldn\'t see my online order', 'website', 'store'],
    ['门店让我去官网申请，结果官网也办不了', 'store', 'website'],
    ['app上显示有货，到了门店说没有', 'app', 'store'],
    ['I booked on the website but the call center had no record of it', 'website', 'call_centre'],
    ['the agent on the phone told me to go to the store', 'call_centre', 'store'],
    ['app上买的会员卡，门店说系统里查不到，让我打客服电话', 'app', 'store'], // first problem in the text wins
  ])('%s → %s to %s', (text, from, to) => {
    const bp = breakpoint(text);
    expect(bp && { from: bp.from, to: bp.to }).toEqual({ from, to });
    expect(bp?.evidence.length).toBeGreaterThan(1);
  });

  it.each([
    ['booked in the app, but the store said there was no booking on record', 'app', 'store'],
    ['paid on the website and the branch found no trace of the payment', 'website', 'store'],
    ['the store did not recognise the voucher from the app', 'app', 'store'],
  ])('a failure cue alone, without negative sentiment: %s', (text, from, to) => {
    expect(breakpoint(text, false)).toMatchObject({ from, to });
  });

  it('is null without a hand-over problem', () => {
    expect(breakpoint('门店和app都很好用', false)).toBeNull();
    expect(breakpoint('门店服务很好', false)).toBeNull();
  });

  it('uses the channel the item came from when only one channel is named', () => {
    expect(breakpoint('门店查不到我的订单', true, 'app')).toMatchObject({ from: 'app', to: 'store' });
  });
});
