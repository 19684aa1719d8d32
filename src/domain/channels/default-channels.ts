// The channels every new organisation starts with: the ones Chinese and international brands meet customers on.
import type { ChannelKind } from './channels.schema.ts';

export const defaultChannels: ReadonlyArray<{ key: string; name_en: string; name_zh: string; kind: ChannelKind }> = [
  { key: 'website', name_en: 'Website', name_zh: '官网', kind: 'digital' },
  { key: 'app', name_en: 'App', name_zh: 'App', kind: 'digital' },
  { key: 'mini_program', name_en: 'Mini program', name_zh: '小程序', kind: 'digital' },
  { key: 'store', name_en: 'Store', name_zh: '门店', kind: 'physical' },
  { key: 'call_centre', name_en: 'Call centre', name_zh: '客服热线', kind: 'assisted' },
  { key: 'wechat', name_en: 'WeChat', name_zh: '微信', kind: 'messaging' },
  { key: 'alipay', name_en: 'Alipay', name_zh: '支付宝', kind: 'digital' },
  { key: 'sms', name_en: 'SMS', name_zh: '短信', kind: 'messaging' },
  { key: 'email', name_en: 'Email', name_zh: '邮件', kind: 'messaging' },
  { key: 'social', name_en: 'Social media', name_zh: '社交媒体', kind: 'social' },
];
