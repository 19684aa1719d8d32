// Mixed Chinese-English: how bilingual customers in first-tier cities really write, Chinese grammar
// with English nouns dropped in ("在 app 上 book 了 test drive"). Half of the mixed texts are written
// that way from the start, the other half are Chinese texts with some nouns switched to English.
// Templates carry the same [tag,…] rules as the theme clauses.
import type { Sentiment } from './framing.ts';

export const mixedTemplates: Record<Sentiment, string[]> = {
  positive: [
    '[configure_online] App 的 configurator 很好用，3D 效果很 nice。',
    '[test_drive] test drive 体验 very good，{staff}很 professional。',
    '[delivery] delivery 很准时，交车 ceremony 也很用心。',
    '[test_drive,after_sales,brand] {model} 的辅助驾驶很好用，long drive 轻松很多。',
    '[after_sales] service advisor 很 nice，解释得很 clear。',
    '[after_sales,brand] 充电很方便，range 也够用，overall 很满意。',
    '整体 experience 很好，会 recommend 给朋友。',
    '[after_sales] 这次 service 很 efficient，{fewminutes}分钟就搞定了。',
  ],
  neutral: [
    '[purchase] App 的 configurator 很好用 but 交车太慢。',
    '[app,website,wechat] 整体 OK，但是 App 有点 laggy。',
    '[test_drive,store] test drive 还行，就是 waiting time 有点长。',
    '[discover,configure_online,brand] {model} 的 design 不错，price 有点贵。',
    '[purchase,return] 流程还算 smooth，就是 paperwork 太多。',
    '整体 experience 还行，没什么 surprise。',
    '[contract_signing,delivery] sales 很 nice，不过 delivery date 一直定不下来。',
  ],
  negative: [
    '[call_centre] call centre 一直 transfer，每次都要 re-explain。',
    '[app,website,wechat] chatbot 完全没用，找不到 human agent。',
    '[return,payment] refund 申请了{days}天还没到账，so frustrating。',
    '[delivery] delivery date 一推再推，no one told me why。',
    '[purchase,repair] service fee 多收了{amount}，事先完全没说。',
    '[store] staff 的 attitude 很差，问问题都爱答不理。',
    '[after_sales,brand] 车机 system 经常卡死，要 reboot 才能用。',
    '[payment,order] App payment 一直 fail，钱扣了 order 还是 unpaid。',
    '每次都要 follow up，没人主动 update 进度。',
  ],
};

/** Nouns bilingual customers tend to say in English; longest first so 客服热线 wins over 客服. */
export const codeSwitchTerms: ReadonlyArray<readonly [string, string]> = [
  ['配置器', 'configurator'],
  ['服务费', 'service fee'],
  ['机器人', 'chatbot'],
  ['很满意', 'very happy'],
  ['太失望了', 'so disappointed'],
  ['试驾', 'test drive'],
  ['交车', 'delivery'],
  ['交付', 'delivery'],
  ['提车', 'pick up'],
  ['客服', 'customer service'],
  ['退款', 'refund'],
  ['预约', 'booking'],
  ['销售', 'sales'],
  ['体验', 'experience'],
  ['态度', 'attitude'],
  ['效率', 'efficiency'],
  ['订单', 'order'],
  ['专业', 'professional'],
  ['积分', 'points'],
  ['车机', 'infotainment'],
  ['定金', 'deposit'],
  ['优惠', 'discount'],
  ['进度', 'status'],
  ['流程', 'process'],
  ['热线', 'hotline'],
  ['保养', 'service'],
];

/** Appended when a switched text ended up with too little English in it. */
export const englishTails: Record<Sentiment, string[]> = {
  positive: [' Totally worth it!', ' Love it.', ' Good job!', ' Highly recommend.'],
  neutral: [' Anyway.', ' Just saying.', ' Overall OK.'],
  negative: [' So frustrating.', ' Seriously?', ' Not OK.', ' What a joke.'],
};
