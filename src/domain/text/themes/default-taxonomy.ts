// The default customer-experience taxonomy (zh + en). Terms are written space-separated, with
// "_" inside multi-word English terms; a trailing "*" matches any word ending. An organisation
// starts from this and edits it (see docs/text-analytics.md).

import { taxonomySchema, type Taxonomy } from './taxonomy-schema.ts';

interface ThemeSource {
  id: string;
  en: string;
  zh: string;
  termsZh: string;
  termsEn: string;
  patterns?: string[];
}

const NUM_ZH = '[0-9一二两三四五六七八九十半几]+';

const THEMES: ThemeSource[] = [
  {
    id: 'waiting_time',
    en: 'Waiting time',
    zh: '等待时间',
    termsZh: '排队 等了 等待 等候 等很久 等太久 等半天 一直等 久等 半天 很久 太久 好久 迟迟 拖了 拖延 慢吞吞 效率低 处理慢 回复慢 上菜慢 超时 几个小时 一个小时 迟到 延误 晚点 磨蹭',
    termsEn: 'wait waits waited waiting queue* in_line long_line on_hold hold_time took_forever forever delay* slow_service slow_response took_so_long taking_so_long hours_later still_waiting late',
    patterns: [`等了\\s*${NUM_ZH}\\s*个?\\s*多?\\s*(小时|分钟|天|周|星期|个月)`, '(wait(ed|ing)?|on hold|queued?)\\s+(for\\s+)?(over\\s+|more than\\s+|almost\\s+|nearly\\s+)?\\d+\\s*(minutes|mins|min|hours|hour|hrs|hr|days|day)'],
  },
  {
    id: 'staff_attitude',
    en: 'Staff attitude',
    zh: '服务态度',
    termsZh: '态度 不耐烦 冷漠 傲慢 爱答不理 爱理不理 不理人 没礼貌 有礼貌 礼貌 热情 耐心 微笑 骂人 凶 甩脸 脸色 敷衍 冷淡 粗鲁 蛮横 服务周到 贴心 看不起',
    termsEn: 'rude* attitude impolite polite* friendly unfriendly courteous disrespect* condescending arrogant dismissive yell* shout* smil* patient* impatient caring kind_staff nasty_staff unprofessional hostile',
  },
  {
    id: 'staff_competence',
    en: 'Staff competence',
    zh: '专业能力',
    termsZh: '不专业 专业 一问三不知 答非所问 不懂 搞错 弄错 出错 说法不一 业务不熟 新手 解决不了 处理不了 没解决 说不清楚 乱说 乱讲 不会处理 技术差 手艺',
    termsEn: 'incompetent competent knowledgeable clueless no_idea didn\'t_know did_not_know wrong_information misinformed misinformation untrained poorly_trained couldn\'t_answer could_not_answer couldn\'t_resolve unable_to_help mistake* gave_me_wrong expertise inexperienced',
  },
  {
    id: 'transfer_reexplain',
    en: 'Transferred / re-explaining',
    zh: '转接与重复说明',
    termsZh: '转接 转来转去 推来推去 踢皮球 又转 转给 转到 重复说明 反复说明 再说一遍 重新说 又说一遍 重新解释 互相推诿 推诿 换了几个客服 从头说',
    termsEn: 'transferred transfer_me transferring passed_around bounced_around repeat_myself repeating_myself explain_again explained_again re-explain start_over from_scratch another_agent different_agent third_agent runaround run_around pass_the_buck',
  },
  {
    id: 'no_human_bot',
    en: 'No human reachable / bot',
    zh: '找不到人工',
    termsZh: '机器人 智能客服 自动回复 人工客服 转人工 找不到人工 没有人工 联系不上 打不通 没人接 没人回 无人接听 语音导航 按键 机器回复',
    termsEn: 'bot chatbot robot automated_reply automated_message auto-reply real_person human_being live_agent live_person actual_person speak_to_someone talk_to_someone speak_to_a_human talk_to_a_human can\'t_reach cannot_reach unreachable no_one_answer* nobody_answer* no_answer ivr',
  },
  {
    id: 'price_fees',
    en: 'Price and fees',
    zh: '价格与费用',
    termsZh: '价格 太贵 偏贵 便宜 收费 费用 手续费 服务费 运费 涨价 乱收费 多收 扣费 性价比 价钱 价位 优惠 折扣 差价 隐形消费 套路 划算 实惠',
    termsEn: 'price* expensive cheap* overpriced fee fees surcharge* overcharg* hidden_fee* value_for_money discount* rip_off ripoff rip-off cost* pricey affordable charged_me extra_charge',
  },
  {
    id: 'refund_return',
    en: 'Refunds and returns',
    zh: '退款退货',
    termsZh: '退款 退货 退钱 退费 换货 退换 退单 退不了 不给退 退回 七天无理由 返还 未到账 没到账 赔偿 补偿',
    termsEn: 'refund* return* exchange* money_back chargeback reimburs* compensat* store_credit credit_back',
  },
  {
    id: 'delivery',
    en: 'Delivery',
    zh: '物流配送',
    termsZh: '物流 快递 配送 送货 送达 发货 派送 到货 收货 签收 快递员 骑手 外卖小哥 送餐 送到 上门 送错 漏送 丢件 运输 包裹 寄',
    termsEn: 'deliver* shipping shipped shipment* courier* package* parcel* tracking arriv* dispatch* postage carrier* doorstep',
  },
  {
    id: 'product_quality',
    en: 'Product quality',
    zh: '产品质量',
    termsZh: '质量 品质 做工 材质 坏了 损坏 破损 故障 毛病 瑕疵 次品 假货 正品 掉色 起球 开线 漏水 不新鲜 变质 口感 难吃 好吃 耐用 结实 用料 味道',
    termsEn: 'quality broken broke defective faulty damaged flimsy durable sturdy stopped_working malfunction* fake genuine counterfeit tast* stale fresh material* build_quality wore_out fell_apart',
  },
  {
    id: 'stock_availability',
    en: 'Stock and availability',
    zh: '库存与缺货',
    termsZh: '缺货 没货 断货 无货 库存 补货 售罄 卖完 没有现货 现货 预售 抢不到 有货 下架',
    termsEn: 'out_of_stock in_stock sold_out unavailable availability back_in_stock restock* backorder* back-order* fully_booked none_left no_stock',
  },
  {
    id: 'membership_account',
    en: 'Membership and account',
    zh: '会员与账户',
    termsZh: '会员 积分 会员卡 账号 账户 登录 密码 注册 绑定 解绑 实名 注销 冻结 被盗 个人信息',
    termsEn: 'member* loyalty points rewards miles account* login log_in sign_in password* username register* locked_out frequent_flyer status_match profile',
  },
  {
    id: 'payment_checkout',
    en: 'Payment and checkout',
    zh: '支付结算',
    termsZh: '支付 付款 结账 结算 买单 扣款 支付失败 付不了 重复扣款 银行卡 信用卡 花呗 二维码 收银 下单失败 提交订单 发票',
    termsEn: 'payment* pay paid paying checkout check_out declined transaction* credit_card debit_card paypal apple_pay billing charged_twice double_charged invoice* receipt* cashier',
  },
  {
    id: 'usability',
    en: 'Website / app usability',
    zh: '网站/App易用性',
    termsZh: '闪退 卡顿 打不开 进不去 登不上 加载 白屏 界面 不好用 难用 好用 页面 系统崩溃 崩溃 更新 按钮 繁琐 操作复杂 bug',
    termsEn: 'crash* glitch* bug buggy error_message interface ui navigat* confusing user-friendly easy_to_use hard_to_use not_working won\'t_load doesn\'t_load loading outage website_down app_down freez* froze log_me_out',
  },
  {
    id: 'communication_transparency',
    en: 'Communication and transparency',
    zh: '沟通与信息透明',
    termsZh: '通知 告知 没通知 没告诉 不告诉 说清楚 沟通 透明 不透明 隐瞒 回复 没回复 不回复 进度 进展 提醒 承诺 说好的 忽悠 解释',
    termsEn: 'inform* notif* communicat* kept_in_the_dark no_information transparen* explanation no_one_told nobody_told never_told respond* response* reply repl* promis* mislead* misled lied update_us updates',
  },
  {
    id: 'policy_rigidity',
    en: 'Policy rigidity',
    zh: '政策僵化',
    termsZh: '规定 政策 制度 不给办 不让 不允许 死板 规矩 没办法 按规定 不通融 通融 条款 霸王条款 不能办',
    termsEn: 'policy policies rule rules regulation* not_allowed won\'t_allow wouldn\'t_allow rigid inflexible exception* terms_and_conditions fine_print procedure* protocol red_tape bureaucra* strict',
  },
];

const split = (s: string): string[] => s.split(/\s+/).filter(Boolean).map((t) => t.replaceAll('_', ' '));

/** A fresh copy of the default taxonomy (callers may edit it). */
export function defaultTaxonomy(): Taxonomy {
  return taxonomySchema.parse({
    version: 1,
    themes: THEMES.map((t) => ({
      id: t.id,
      label_en: t.en,
      label_zh: t.zh,
      terms_zh: split(t.termsZh),
      terms_en: split(t.termsEn),
      patterns: t.patterns ?? [],
    })),
  });
}
