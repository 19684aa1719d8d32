// The demo organisation's reply templates, in Chinese and English, so the case composer has answers to
// start from for the complaints the demo data is full of (refunds, deliveries, store service).
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { createReplyTemplate } from '../cases/replies/save-reply-template.ts';

const templates = [
  {
    name: '退款处理中',
    lang: 'zh-CN',
    channel: null,
    subject: '关于您的退款（工单 #{{case_number}}）',
    body: '{{customer_name}}您好：\n\n非常抱歉让您久等了。您的退款已加急处理，预计 1–3 个工作日内原路退回。如仍未到账，请直接回复此消息，我们会第一时间跟进。\n\n{{org_name}} 客户服务 {{agent_name}}',
  },
  {
    name: 'Refund on its way',
    lang: 'en',
    channel: null,
    subject: 'Your refund (case #{{case_number}})',
    body: 'Dear {{customer_name}},\n\nWe are sorry for the wait. Your refund has been expedited and will reach your original payment method within 1–3 working days. If it has not arrived by then, just reply to this message and we will follow up at once.\n\n{{agent_name}}, {{org_name}} customer care',
  },
  {
    name: '物流催件',
    lang: 'zh-CN',
    channel: 'sms',
    subject: '',
    body: '{{customer_name}}您好，您反馈的包裹延误我们已联系快递加急派送，预计 48 小时内送达。给您带来不便深表歉意。【{{org_name}}】',
  },
  {
    name: 'Delivery chased',
    lang: 'en',
    channel: 'sms',
    subject: '',
    body: 'Hi {{customer_name}}, we have asked the courier to rush your late parcel; it should arrive within 48 hours. Sorry for the trouble. - {{org_name}}',
  },
  {
    name: '门店服务致歉',
    lang: 'zh-CN',
    channel: 'wechat',
    subject: '',
    body: '{{customer_name}}您好，我是{{org_name}}的{{agent_name}}。关于您在门店的不愉快经历，我们深表歉意，已与门店负责人沟通并安排店员培训。为表歉意，我们为您准备了一张优惠券，稍后发送给您。',
  },
  {
    name: 'Store service apology',
    lang: 'en',
    channel: 'wechat',
    subject: '',
    body: 'Hello {{customer_name}}, this is {{agent_name}} from {{org_name}}. We are sorry about your experience in our store; we have spoken with the store manager and arranged staff training. As an apology, a voucher is on its way to you.',
  },
] as const;

export async function addDemoReplyTemplates(db: Db, actor: Actor): Promise<number> {
  for (const template of templates) await createReplyTemplate(db, actor, template);
  return templates.length;
}
