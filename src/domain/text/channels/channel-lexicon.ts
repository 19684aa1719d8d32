// Words that name a customer channel. Keys are the platform's channel ids; "chat" (live chat /
// online customer service) is an addition to the core list. Generic "online" words (网上, 线上,
// online) map to "website" unless a more specific digital channel is named in the same item.

export const CHANNEL_IDS = ['website', 'app', 'mini_program', 'store', 'call_centre', 'wechat', 'alipay', 'sms', 'email', 'social', 'dealer', 'chat'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** Marks terms that only mean "online" in general. */
export const GENERIC_ONLINE = new Set(['网上', '线上', '网购', 'online', 'on line', 'internet']);

export const CHANNEL_TERMS: Record<ChannelId, { zh: string; en: string }> = {
  website: {
    zh: '官网 网站 网页 网页版 网上 线上 网店 商城 网购 电脑端 pc端',
    en: 'website web_site the_site their_site your_site webpage web_page online on_line internet web_portal online_store online_shop',
  },
  app: {
    zh: 'app 客户端 手机端 手机软件 应用程序',
    en: 'app apps mobile_app the_application ios_app android_app app_store',
  },
  mini_program: { zh: '小程序', en: 'mini_program mini-program miniprogram' },
  store: {
    zh: '门店 实体店 店里 店内 店员 店长 专卖店 直营店 分店 柜台 专柜 线下 营业厅 网点 到店 店面 营业员 导购',
    en: 'store stores in-store in_store shop_assistant branch counter boutique showroom sales_assistant cashier the_shop at_the_shop retail_store',
  },
  call_centre: {
    zh: '客服电话 热线 400电话 打电话 电话客服 呼叫中心 来电 打了电话 致电 拨打 电话',
    en: 'call_centre call_center hotline helpline on_the_phone over_the_phone by_phone phone_call phone_calls phoned called_customer_service called_the called_them called_you calling_customer customer_service_line phone_line',
  },
  wechat: { zh: '微信 公众号 企业微信 服务号 微信群', en: 'wechat weixin' },
  alipay: { zh: '支付宝', en: 'alipay' },
  sms: { zh: '短信', en: 'sms text_message texted text_messages' },
  email: { zh: '邮件 邮箱 电子邮件', en: 'email e-mail emails emailed' },
  social: {
    zh: '微博 抖音 小红书 快手 b站 朋友圈 大众点评',
    en: 'twitter facebook instagram tiktok weibo social_media tweet tweeted',
  },
  dealer: { zh: '经销商 4s店 代理商 授权店', en: 'dealer dealership dealers distributor' },
  chat: {
    zh: '在线客服 人工客服 聊天窗口 在线咨询',
    en: 'live_chat online_chat chat_support chat_agent chatbot web_chat',
  },
};

/** Maps free-form channel names given with an item ("Call Center", "微信") to an id. */
export function normalizeChannelId(raw: string | null | undefined): ChannelId | null {
  if (!raw) return null;
  const key = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if ((CHANNEL_IDS as readonly string[]).includes(key)) return key as ChannelId;
  const aliases: Record<string, ChannelId> = {
    web: 'website', call_center: 'call_centre', phone: 'call_centre', hotline: 'call_centre', shop: 'store',
    miniprogram: 'mini_program', weixin: 'wechat', text: 'sms', mail: 'email', live_chat: 'chat',
  };
  return aliases[key] ?? null;
}
