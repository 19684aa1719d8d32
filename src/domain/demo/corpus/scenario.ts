// The Aurora Motors demo world: where the brand meets customers, the journeys it maps, who works on
// the feedback, and which themes each touchpoint tends to raise, so generated feedback talks about
// the things customers at that moment actually talk about.
import type { DemoChannel, DemoJourney, DemoMetric, DemoTeam, DemoUser } from '../generate-demo-dataset.ts';

export const themeKeys = [
  'waiting_time',
  'staff_attitude',
  'staff_competence',
  'transfer_reexplain',
  'no_human',
  'price_fees',
  'refund_return',
  'delivery_delay',
  'product_quality',
  'stock',
  'membership_account',
  'payment',
  'usability',
  'communication',
  'rigid_policy',
] as const;
export type ThemeKey = (typeof themeKeys)[number];

export const organisationName = '极光汽车 Aurora Motors (demo)';

// Same names as the platform's default channels, so the demo reads like a real tenant.
export const demoChannels: DemoChannel[] = [
  { key: 'website', name_en: 'Website', name_zh: '官网', kind: 'digital' },
  { key: 'app', name_en: 'App', name_zh: 'App', kind: 'digital' },
  { key: 'store', name_en: 'Store', name_zh: '门店', kind: 'physical' },
  { key: 'call_centre', name_en: 'Call centre', name_zh: '客服热线', kind: 'assisted' },
  { key: 'wechat', name_en: 'WeChat', name_zh: '微信', kind: 'messaging' },
  { key: 'social', name_en: 'Social media', name_zh: '社交媒体', kind: 'social' },
  { key: 'email', name_en: 'Email', name_zh: '邮件', kind: 'messaging' },
  { key: 'sms', name_en: 'SMS', name_zh: '短信', kind: 'messaging' },
];
export type ChannelKey = 'website' | 'app' | 'store' | 'call_centre' | 'wechat' | 'social' | 'email' | 'sms';

export interface Mood {
  positive: number;
  neutral: number;
  negative: number;
}

export interface ScenarioTouchpoint {
  key: string;
  name_en: string;
  name_zh: string;
  channel: ChannelKey;
  metrics: DemoMetric[];
  /** Share of the stage's feedback that is about this touchpoint. */
  weight: number;
  /** Themes customers raise here, most typical first. */
  themes: ThemeKey[];
  /** Overrides the stage's mood: nobody contacts complaint handling in a good mood. */
  mood?: Mood;
}

export interface ScenarioStage {
  key: string;
  name_en: string;
  name_zh: string;
  /** Share of all regular feedback that lands in this stage. */
  weight: number;
  /** Stages differ in how happy customers are: configuring is fun, waiting for a car is not. */
  mood: Mood;
  /**
   * Where a customer must be on the buying journey to give feedback here (-1 = not started,
   * 0..4 = car stages reached), and where it moves them; keeps each customer's timeline in order.
   */
  progress: { min: number; max: number; advancesTo: number };
  touchpoints: ScenarioTouchpoint[];
}

export interface ScenarioJourney {
  key: string;
  name_en: string;
  name_zh: string;
  description: string;
  stages: ScenarioStage[];
}

const tp = (key: string, name_en: string, name_zh: string, channel: ChannelKey, metrics: DemoMetric[], weight: number, themes: ThemeKey[], mood?: Mood): ScenarioTouchpoint => ({
  key,
  name_en,
  name_zh,
  channel,
  metrics,
  weight,
  themes,
  ...(mood ? { mood } : {}),
});
const mood = (positive: number, neutral: number, negative: number): Mood => ({ positive, neutral, negative });

export const carPurchaseJourney: ScenarioJourney = {
  key: 'car_purchase',
  name_en: 'Buying a car',
  name_zh: '购车旅程',
  description: 'From first hearing of Aurora to living with the car: discover, configure online, test drive in store, purchase and delivery, after-sales.',
  stages: [
    {
      key: 'discover',
      name_en: 'Discover',
      name_zh: '了解品牌',
      weight: 11,
      mood: { positive: 0.58, neutral: 0.29, negative: 0.13 },
      progress: { min: -1, max: 0, advancesTo: 0 },
      touchpoints: [
        tp('website_visit', 'Website visit', '官网浏览', 'website', ['csat'], 4, ['usability', 'price_fees', 'communication']),
        tp('social_ad', 'Social media ad', '社交媒体广告', 'social', ['stars'], 3, ['product_quality', 'price_fees']),
        tp('wechat_article', 'WeChat article', '公众号文章', 'wechat', ['csat'], 3, ['usability', 'membership_account', 'product_quality', 'price_fees']),
      ],
    },
    {
      key: 'configure_online',
      name_en: 'Configure online',
      name_zh: '在线选配',
      weight: 14,
      mood: { positive: 0.74, neutral: 0.18, negative: 0.08 },
      progress: { min: -1, max: 1, advancesTo: 1 },
      touchpoints: [
        tp('online_configurator', 'Online configurator', '官网配置器', 'website', ['nps', 'ces'], 5, ['usability', 'price_fees', 'stock', 'product_quality']),
        tp('app_configurator', 'App configurator', 'App 选配', 'app', ['nps', 'ces'], 5, ['usability', 'price_fees', 'stock', 'membership_account']),
      ],
    },
    {
      key: 'test_drive',
      name_en: 'Test drive in store',
      name_zh: '到店试驾',
      weight: 19,
      mood: { positive: 0.61, neutral: 0.22, negative: 0.17 },
      progress: { min: -1, max: 2, advancesTo: 2 },
      touchpoints: [
        tp('test_drive_booking', 'Test drive booking', '试驾预约', 'app', ['ces'], 4, ['usability', 'communication', 'waiting_time', 'rigid_policy'], mood(0.48, 0.22, 0.3)),
        tp('test_drive', 'Test drive in store', '门店试驾', 'store', ['nps', 'csat', 'stars'], 6, ['staff_attitude', 'staff_competence', 'waiting_time', 'product_quality', 'stock', 'rigid_policy']),
      ],
    },
    {
      key: 'purchase',
      name_en: 'Purchase and delivery',
      name_zh: '购买与交付',
      weight: 20,
      mood: { positive: 0.56, neutral: 0.22, negative: 0.22 },
      progress: { min: 0, max: 3, advancesTo: 3 },
      touchpoints: [
        tp('contract_signing', 'Contract signing', '签订合同', 'store', ['csat'], 3, ['price_fees', 'staff_competence', 'rigid_policy', 'staff_attitude', 'waiting_time'], mood(0.42, 0.22, 0.36)),
        tp('payment', 'Payment', '支付', 'app', ['ces', 'csat'], 3, ['payment', 'usability', 'price_fees', 'refund_return'], mood(0.45, 0.22, 0.33)),
        tp('delivery', 'Car delivery', '交车', 'store', ['nps', 'csat'], 5, ['delivery_delay', 'communication', 'product_quality', 'staff_attitude', 'waiting_time']),
      ],
    },
    {
      key: 'after_sales',
      name_en: 'After-sales',
      name_zh: '售后服务',
      weight: 25,
      mood: { positive: 0.54, neutral: 0.22, negative: 0.24 },
      progress: { min: 3, max: 4, advancesTo: 4 },
      touchpoints: [
        tp('service_appointment', 'Service appointment', '保养预约', 'call_centre', ['ces', 'csat'], 3, ['waiting_time', 'no_human', 'transfer_reexplain', 'communication'], mood(0.38, 0.22, 0.4)),
        tp('repair', 'Repair at service centre', '维修保养', 'store', ['nps', 'csat', 'stars'], 4, ['product_quality', 'waiting_time', 'staff_competence', 'price_fees', 'stock', 'communication']),
        tp('roadside_assistance', 'Roadside assistance', '道路救援', 'call_centre', ['nps', 'csat'], 2, ['waiting_time', 'staff_attitude', 'communication', 'transfer_reexplain']),
        tp('complaint_handling', 'Complaint handling', '投诉处理', 'wechat', ['csat', 'ces'], 2, ['communication', 'transfer_reexplain', 'no_human', 'rigid_policy', 'staff_attitude'], mood(0.25, 0.22, 0.53)),
      ],
    },
  ],
};

export const accessoriesJourney: ScenarioJourney = {
  key: 'accessories_shop',
  name_en: 'Accessories shop',
  name_zh: '精品商城',
  description: 'Owners buying accessories and merchandise online or in store: browse, order, delivery or pickup, returns.',
  stages: [
    {
      key: 'browse',
      name_en: 'Browse',
      name_zh: '浏览',
      weight: 2.5,
      mood: { positive: 0.6, neutral: 0.26, negative: 0.14 },
      progress: { min: 3, max: 4, advancesTo: -1 },
      touchpoints: [
        tp('shop_browse', 'App shop', 'App 商城', 'app', ['ces'], 3, ['usability', 'stock', 'price_fees']),
        tp('mini_program_browse', 'WeChat mini program shop', '小程序商城', 'wechat', ['ces'], 2, ['usability', 'stock', 'membership_account']),
      ],
    },
    {
      key: 'order',
      name_en: 'Order',
      name_zh: '下单',
      weight: 2.5,
      mood: { positive: 0.56, neutral: 0.22, negative: 0.22 },
      progress: { min: 3, max: 4, advancesTo: -1 },
      touchpoints: [
        tp('checkout', 'Checkout', '下单支付', 'app', ['ces', 'csat'], 3, ['payment', 'membership_account', 'usability', 'price_fees']),
        tp('web_shop_order', 'Website shop order', '官网商城下单', 'website', ['csat'], 1, ['payment', 'usability', 'stock']),
      ],
    },
    {
      key: 'fulfilment',
      name_en: 'Delivery or pickup',
      name_zh: '配送与自提',
      weight: 2.5,
      mood: { positive: 0.54, neutral: 0.22, negative: 0.24 },
      progress: { min: 3, max: 4, advancesTo: -1 },
      touchpoints: [
        tp('parcel_tracking', 'Parcel delivery', '快递配送', 'app', ['csat'], 3, ['delivery_delay', 'communication', 'product_quality']),
        tp('store_pickup', 'Pickup in store', '门店自提', 'store', ['csat'], 2, ['stock', 'staff_attitude', 'waiting_time', 'communication']),
      ],
    },
    {
      key: 'return',
      name_en: 'Return',
      name_zh: '退换货',
      weight: 2,
      mood: { positive: 0.35, neutral: 0.2, negative: 0.45 },
      progress: { min: 3, max: 4, advancesTo: -1 },
      touchpoints: [
        tp('return_request', 'Return request', '退货申请', 'app', ['ces'], 2, ['refund_return', 'rigid_policy', 'usability']),
        tp('refund', 'Refund', '退款', 'call_centre', ['csat'], 2, ['refund_return', 'communication', 'transfer_reexplain', 'no_human']),
      ],
    },
  ],
};

export const scenarioJourneys: ScenarioJourney[] = [carPurchaseJourney, accessoriesJourney];

/** The journeys as the dataset shows them: without the generator's moods, weights and themes. */
export function presentJourneys(): DemoJourney[] {
  return scenarioJourneys.map((journey) => ({
    key: journey.key,
    name_en: journey.name_en,
    name_zh: journey.name_zh,
    description: journey.description,
    stages: journey.stages.map((stage) => ({
      key: stage.key,
      name_en: stage.name_en,
      name_zh: stage.name_zh,
      touchpoints: stage.touchpoints.map(({ key, name_en, name_zh, channel, metrics }) => ({ key, name_en, name_zh, channel, metrics: [...metrics] })),
    })),
  }));
}

export const demoTeams: DemoTeam[] = [
  { key: 'cx_office', name: '客户体验部 CX Office' },
  { key: 'retail_ops', name: '门店运营 Retail Operations' },
  { key: 'after_sales', name: '售后服务部 After-sales Service' },
  { key: 'digital', name: '数字化渠道 Digital Channels' },
  { key: 'care_centre', name: '客户关怀中心 Customer Care Centre' },
];

const staffEmail = (local: string) => `${local}@aurora-motors.example`;

export const demoUsers: DemoUser[] = [
  { email: staffEmail('lin.xiaowen'), name: '林晓雯', role: 'owner', locale: 'zh-CN', team: 'cx_office' },
  { email: staffEmail('zhou.hao'), name: '周浩', role: 'admin', locale: 'zh-CN', team: 'digital' },
  { email: staffEmail('chen.jing'), name: '陈静', role: 'analyst', locale: 'zh-CN', team: 'cx_office' },
  { email: staffEmail('sarah.mitchell'), name: 'Sarah Mitchell', role: 'analyst', locale: 'en', team: 'cx_office' },
  { email: staffEmail('liu.yang'), name: '刘洋', role: 'agent', locale: 'zh-CN', team: 'care_centre' },
  { email: staffEmail('wang.fang'), name: '王芳', role: 'agent', locale: 'zh-CN', team: 'care_centre' },
  { email: staffEmail('david.chen'), name: 'David Chen', role: 'agent', locale: 'en', team: 'care_centre' },
  { email: staffEmail('zhao.lei'), name: '赵磊', role: 'agent', locale: 'zh-CN', team: 'after_sales' },
  { email: staffEmail('sun.yue'), name: '孙悦', role: 'agent', locale: 'zh-CN', team: 'retail_ops' },
  { email: staffEmail('huang.min'), name: '黄敏', role: 'agent', locale: 'zh-CN', team: 'digital' },
  { email: staffEmail('zheng.wei'), name: '郑伟', role: 'viewer', locale: 'zh-CN', team: 'retail_ops' },
  { email: staffEmail('michael.brown'), name: 'Michael Brown', role: 'viewer', locale: 'en' },
];
