// Cross-channel breakpoints: the stories where one channel does not know what another one did.
// They are the product's core story, so each is written to be recognisable by a human reader and
// by the text analytics (two channels named, and a contradiction or a hand-off between them).
import type { ChannelKey, ThemeKey } from './scenario.ts';

export interface BreakpointStory {
  key: string;
  touchpoint: { journey: string; stage: string; touchpoint: string };
  /** The channel where the customer started and the one where it broke. */
  from: ChannelKey;
  to: ChannelKey;
  themes: ThemeKey[];
  weight: number;
  zh: string[];
  en: string[];
  mixed: string[];
}

const car = (stage: string, touchpoint: string) => ({ journey: 'car_purchase', stage, touchpoint });
const shop = (stage: string, touchpoint: string) => ({ journey: 'accessories_shop', stage, touchpoint });

export const breakpointStories: BreakpointStory[] = [
  {
    key: 'app_booking_unknown_in_store',
    touchpoint: car('test_drive', 'test_drive'),
    from: 'app',
    to: 'store',
    themes: ['communication', 'waiting_time'],
    weight: 5,
    zh: [
      '在App上预约了{date}的试驾，到了{store}却说没有预约记录，只能干等{minutes}分钟。',
      'App里明明显示预约成功，门店说系统里查不到，还让我重新登记一遍。',
      '提前三天在App上约好了试驾，到店后销售说没收到预约，试驾车也被别人开走了。',
    ],
    en: [
      'Booked a test drive in the app for {date}, but when I arrived at {store} they said there was no booking on record.',
      'The app confirmed my test drive, yet the store had no record of it and made me register all over again.',
    ],
    mixed: ['在 app 上 book 了 test drive，到了门店却说没有 booking record，白等了{minutes}分钟。'],
  },
  {
    key: 'web_order_unseen_in_store',
    touchpoint: car('purchase', 'contract_signing'),
    from: 'website',
    to: 'store',
    themes: ['communication', 'payment'],
    weight: 4,
    zh: ['在官网下了订单也付了定金，到门店签合同时他们说看不到我的订单。', '官网订单号{order}，门店系统里查不到，让我重新下单再付一次定金。'],
    en: ["The store couldn't see the order I placed on the website, so they asked me to pay the deposit again.", "I placed my order ({order}) online, but the showroom said it wasn't in their system."],
    mixed: ['官网上下的 order，门店说 system 里看不到，还要我 pay again，什么情况？'],
  },
  {
    key: 'online_refund_refused_by_store',
    touchpoint: shop('return', 'refund'),
    from: 'app',
    to: 'store',
    themes: ['refund_return', 'rigid_policy'],
    weight: 4,
    zh: ['网上申请的退款，门店说不归他们管，让我找App在线客服，在线客服又说要门店审批。', '在App商城买的{accessory}想退，去门店退他们说线上订单只能线上退，线上又迟迟不处理。'],
    en: ["I asked for a refund online in the app and the store said it's not their responsibility; app support says the store has to approve it.", 'Tried to return the {accessory} from the app shop at the store and was told online orders can only be returned online.'],
    mixed: ['online 申请的 refund，门店说不归他们管，App 客服又让我找门店，到底谁负责？'],
  },
  {
    key: 'hotline_store_ping_pong',
    touchpoint: car('after_sales', 'complaint_handling'),
    from: 'call_centre',
    to: 'store',
    themes: ['transfer_reexplain', 'communication'],
    weight: 5,
    zh: ['客服让我去门店，门店又让我打客服电话，来回踢皮球。', '打热线说要门店处理，去了门店又说要热线先建工单，跑了{n}趟还没解决。'],
    en: ['The hotline told me to go to the store; the store told me to call the hotline. Nobody owns the problem.', 'Call centre says the store must handle it, the store says the call centre must open a ticket first. {n} trips and still nothing.'],
    mixed: ['call centre 让我去门店，门店又让我打客服电话，ping-pong 一样。'],
  },
  {
    key: 'chat_to_call_reexplain',
    touchpoint: car('after_sales', 'service_appointment'),
    from: 'app',
    to: 'call_centre',
    themes: ['transfer_reexplain'],
    weight: 5,
    zh: ['在线客服把我转到电话客服，又得把情况从头讲一遍。', '在App里跟客服聊了半小时，转到热线后对方完全不知道前面说了什么。'],
    en: ['I had to explain everything again when the chat transferred me to the call centre.', "Spent half an hour in the app chat, then got passed to the hotline and they had no idea what we'd already discussed."],
    mixed: ['chat 转到 call centre，又要 re-explain 一遍，太累了。'],
  },
  {
    key: 'app_delivery_date_contradicted',
    touchpoint: car('purchase', 'delivery'),
    from: 'app',
    to: 'store',
    themes: ['delivery_delay', 'communication'],
    weight: 4,
    zh: ['App上显示{date}交车，门店却说还没排产，完全对不上。', "App里的交付进度写着'已到店'，打电话给门店说车还在路上。"],
    en: ["The app said my car would be delivered on {date}, but the store said it hadn't even been scheduled.", "App status showed 'arrived at store', but the store told me the car was still in transit."],
    mixed: ['App 上的 delivery date 是{date}，门店说还没排产，到底信哪个？'],
  },
  {
    key: 'wechat_hotline_loop',
    touchpoint: car('after_sales', 'complaint_handling'),
    from: 'wechat',
    to: 'call_centre',
    themes: ['transfer_reexplain', 'no_human'],
    weight: 3,
    zh: ['在公众号留言投诉，回复让我打400热线，打过去又让我在公众号提交。', '微信客服说要电话核实身份，电话客服说微信上的记录他们看不到。'],
    en: ['I complained on WeChat and was told to call the hotline; the hotline told me to submit it on WeChat.', "WeChat support needed me to verify by phone, and the phone agent couldn't see anything from the WeChat conversation."],
    mixed: ['WeChat 上投诉让我打 hotline，hotline 又让我回 WeChat 提交。'],
  },
  {
    key: 'online_price_not_honoured',
    touchpoint: car('purchase', 'contract_signing'),
    from: 'website',
    to: 'store',
    themes: ['price_fees', 'rigid_policy'],
    weight: 2,
    zh: ['官网上的优惠价门店不认，说那是线上活动，跟门店没关系。'],
    en: ['The store refused to honour the price shown on the website, saying it was an online-only offer.'],
    mixed: ['官网的 promotion 价格门店不认，说是 online only。'],
  },
  {
    key: 'app_voucher_rejected_in_store',
    touchpoint: car('purchase', 'contract_signing'),
    from: 'app',
    to: 'store',
    themes: ['price_fees', 'rigid_policy'],
    weight: 2,
    zh: ['App里领的{amount}购车券，到门店签合同时说用不了。'],
    en: ['I had a {amount} voucher in the app, but the store said they cannot apply it to the contract.'],
    mixed: ['App 里领的 voucher，到门店说用不了，那发给我干嘛？'],
  },
  {
    key: 'app_deposit_unseen_in_store',
    touchpoint: car('purchase', 'payment'),
    from: 'app',
    to: 'store',
    themes: ['payment', 'communication'],
    weight: 3,
    zh: ['在App上付了{amount}定金，门店说系统里没看到，让我拿付款截图去财务核对。'],
    en: ["I paid a {amount} deposit in the app, but the store couldn't see it and asked me for a screenshot of the payment."],
    mixed: ['App 里付了 deposit，门店说看不到，要我发 screenshot 证明。'],
  },
  {
    key: 'app_points_rejected_in_store',
    touchpoint: car('after_sales', 'repair'),
    from: 'app',
    to: 'store',
    themes: ['membership_account'],
    weight: 2,
    zh: ['App里的会员积分到门店不能用，说门店和线上是两套系统。'],
    en: ["My app membership points can't be used at the service centre; apparently the store and the app are two separate systems."],
    mixed: ['App 的 member points 到门店用不了，说是两套 system。'],
  },
  {
    key: 'store_promised_callback_unknown_to_hotline',
    touchpoint: car('after_sales', 'repair'),
    from: 'store',
    to: 'call_centre',
    themes: ['communication'],
    weight: 3,
    zh: ['门店说会让客服回电，等了{days}天没消息，打热线过去说没有任何记录。'],
    en: ['The service centre promised the call centre would call me back. {days} days later, nothing, and the hotline has no record of it.'],
    mixed: ['门店说 call centre 会 call back，等了{days}天，热线说 no record。'],
  },
  {
    key: 'roadside_details_repeated',
    touchpoint: car('after_sales', 'roadside_assistance'),
    from: 'call_centre',
    to: 'app',
    themes: ['transfer_reexplain', 'communication'],
    weight: 2,
    zh: ['道路救援电话里报了车架号和位置，结果救援司机打来又问了一遍，App里也查不到救援进度。'],
    en: ['Gave my VIN and location to the roadside hotline, then the tow driver called and asked for everything again, and the app showed no case at all.'],
    mixed: ['roadside 热线报了 VIN 和位置，司机又问一遍，App 里也看不到 status。'],
  },
  {
    key: 'wechat_service_booking_missing',
    touchpoint: car('after_sales', 'service_appointment'),
    from: 'wechat',
    to: 'store',
    themes: ['communication', 'waiting_time'],
    weight: 3,
    zh: ['在公众号预约了保养，到店后说没看到预约，只能现场排队。'],
    en: ['Booked my service through the WeChat account, but the service centre had no booking and I had to queue.'],
    mixed: ['公众号上 book 了保养，到店说没有 appointment，只能排队。'],
  },
  {
    key: 'email_ready_but_car_not',
    touchpoint: car('purchase', 'delivery'),
    from: 'email',
    to: 'store',
    themes: ['communication', 'delivery_delay'],
    weight: 2,
    zh: ['邮件通知说可以提车了，到了{store}才知道车还在做PDI，白跑一趟。'],
    en: ['Got an email saying my car was ready for pickup, but at {store} they said it was still in PDI. Wasted trip.'],
    mixed: ['email 说 ready for pickup，到了门店才知道还在做 PDI。'],
  },
  {
    key: 'mini_program_pickup_unknown',
    touchpoint: shop('fulfilment', 'store_pickup'),
    from: 'wechat',
    to: 'store',
    themes: ['communication', 'stock'],
    weight: 2,
    zh: ['小程序上显示{accessory}可以到店自提，去了{store}说没收到货，也查不到订单。'],
    en: ['The mini program said my {accessory} was ready for pickup at {store}; the store had never heard of the order.'],
    mixed: ['小程序显示 ready for pickup，到了门店说 no such order。'],
  },
];
