// The words around a complaint or a compliment: how customers set the scene for each touchpoint,
// how they sign off, what the one-liners and the shrugs sound like. Combined with the theme clauses
// these make texts from five characters to a few sentences long.

export type Lang = 'zh' | 'en';
export type Sentiment = 'positive' | 'neutral' | 'negative';

/**
 * Scene-setting per touchpoint key; Chinese ones end with a comma and lead into the clause.
 * `brand` is for feedback about Aurora in general, not about one touchpoint.
 */
export const openers: Record<string, Record<Lang, string[]>> = {
  brand: {
    zh: ['关注极光很久了，', '作为{model}车主，', '身边好几个朋友都买了极光，'],
    en: ['I have been following Aurora for a while.', 'Speaking as an {model} owner:', 'Several friends of mine drive an Aurora.'],
  },
  website_visit: {
    zh: ['在官网上了解{model}，', '晚上在官网看{model}的配置，', '打开官网想看看{model}，'],
    en: ['I was browsing the {model} on the website.', 'Looked up the {model} on the Aurora website.'],
  },
  social_ad: {
    zh: ['刷{platform}看到{model}的广告，', '在{platform}上刷到极光的推广，'],
    en: ['Saw an ad for the {model} on {platform}.', 'The {model} ad keeps popping up on my feed.'],
  },
  wechat_article: {
    zh: ['看了极光公众号的推文，', '朋友转发了公众号里介绍{model}的文章，'],
    en: ['Read the Aurora WeChat article about the {model}.', 'A friend shared the WeChat post about the {model}.'],
  },
  online_configurator: {
    zh: ['在官网配置器上选配{model}，', '用官网配置器配了一台{model}，'],
    en: ['Configured a {model} on the website.', 'Spent the evening on the online configurator building my {model}.'],
  },
  app_configurator: {
    zh: ['用App选配{model}，', '在App里试着配了一台{model}，'],
    en: ['Used the app to configure my {model}.', 'Built my {model} in the Aurora app.'],
  },
  test_drive_booking: {
    zh: ['在App上预约试驾{model}，', '想约{weekday}的试驾，'],
    en: ['Booked a test drive of the {model} in the app.', 'Tried to book a test drive for {weekday}.'],
  },
  test_drive: {
    zh: ['{weekday}在{store}试驾了{model}，', '带家人去{store}试驾，', '去{store}试驾{model}，'],
    en: ['Test drove the {model} at {store} {weekday}.', 'Took the family to {store} for a test drive.'],
  },
  contract_signing: {
    zh: ['在{store}签合同的时候，', '{weekday}去{store}签购车合同，'],
    en: ['Signed the contract for my {model} at {store}.', 'Went to {store} {weekday} to sign the contract.'],
  },
  payment: {
    zh: ['在App上付定金的时候，', '通过App付尾款，'],
    en: ['Paid the deposit through the app.', 'Paid the balance for my {model} in the app.'],
  },
  delivery: {
    zh: ['{weekday}在{store}提车，', '终于提到了{model}，', '订单{order}交车，'],
    en: ['Picked up my {model} at {store} {weekday}.', 'Finally took delivery of the {model}.'],
  },
  service_appointment: {
    zh: ['打热线预约保养，', '打客服电话约{model}的首保，'],
    en: ['Called the hotline to book a service.', 'Phoned to book the first service for my {model}.'],
  },
  repair: {
    zh: ['车开到{store}修{part}，', '{model}在{store}做保养，'],
    en: ['Took my {model} to {store} to get the {part} looked at.', 'Had my {model} serviced at {store}.'],
  },
  roadside_assistance: {
    zh: ['车在高架上趴窝了，打了道路救援电话，', '半夜车子打不着火，叫了道路救援，'],
    en: ['My car broke down on the expressway and I called roadside assistance.', "Car wouldn't start late at night so I called roadside assistance."],
  },
  complaint_handling: {
    zh: ['在公众号上投诉之后，', '通过微信客服反映了问题，'],
    en: ['I raised a complaint through WeChat.', 'Complained via the WeChat service account.'],
  },
  shop_browse: {
    zh: ['在App商城看{accessory}，', '想给车买个{accessory}，'],
    en: ['Browsing the app shop for a {accessory}.', 'Wanted to buy a {accessory} for the car.'],
  },
  mini_program_browse: {
    zh: ['在小程序商城逛了一下，', '用小程序看{accessory}，'],
    en: ['Had a look around the WeChat mini program shop.', 'Looked at the {accessory} in the mini program.'],
  },
  checkout: {
    zh: ['在商城下单买了{accessory}，', '用积分加现金买{accessory}，'],
    en: ['Ordered a {accessory} from the app shop.', 'Bought a {accessory} with points plus cash.'],
  },
  web_shop_order: {
    zh: ['在官网商城下单{accessory}，'],
    en: ['Ordered a {accessory} on the website shop.'],
  },
  parcel_tracking: {
    zh: ['买的{accessory}查物流，', '等{accessory}的快递，'],
    en: ['Tracking the order for my {accessory}.', 'Waiting for the {accessory} to be delivered.'],
  },
  store_pickup: {
    zh: ['到{store}自提{accessory}，'],
    en: ['Collected my {accessory} at {store}.'],
  },
  return_request: {
    zh: ['在App上申请退{accessory}，', '{accessory}尺寸不对想退货，'],
    en: ['Requested a return for the {accessory} in the app.', "The {accessory} didn't fit so I asked to return it."],
  },
  refund: {
    zh: ['打电话催{accessory}的退款，', '退货寄回去之后，'],
    en: ['Called about the refund for my {accessory}.', 'Sent the {accessory} back two weeks ago.'],
  },
};

export const closers: Record<Lang, Record<Sentiment, string[]>> = {
  zh: {
    positive: ['点赞！', '会推荐给朋友。', '总体很满意。', '下次还来。', '给{staff}一个大大的赞！', '选择极光没有错。', '五星好评。'],
    neutral: ['希望改进。', '总体还行吧。', '期待后续优化。', '希望下次能更好。'],
    negative: ['希望尽快改进。', '太失望了。', '再这样就去12315投诉了。', '请给个说法！', '已经不想推荐给朋友了。', '体验很差。', '后悔买了。'],
  },
  en: {
    positive: ['Would recommend.', 'Very happy overall.', 'Keep it up!', 'Five stars.', 'Glad we chose Aurora.', 'Thanks to the whole team!'],
    neutral: ['Overall okay.', 'Room for improvement.', 'Hope this gets better.', 'Fine, I guess.'],
    negative: ['Really disappointed.', 'Please sort this out.', 'Not what I expect from a premium brand.', "I won't be recommending Aurora.", 'Unacceptable.', 'Regret buying.'],
  },
};

/** Whole answers on their own: what a busy customer types into a survey's comment box. */
export const oneLiners: Record<Lang, Record<Sentiment, string[]>> = {
  zh: {
    positive: ['非常满意！', '体验很好，点赞', '{model}太好开了', '服务不错，推荐', '非常棒的体验', '很专业，赞一个', '整体挺好的，满意', '{staff}服务很好'],
    neutral: ['还行吧，一般般', '中规中矩吧', '没什么特别的', '正常水平吧', '还可以，就是有点慢'],
    negative: ['太失望了！', '服务太差了', '等太久了！', '一直没人处理！', '再也不来了', '问题还没解决', '非常不满意'],
  },
  en: {
    positive: ['Great service!', 'Loved it.', 'Smooth and easy.', 'Very professional.', 'Excellent, thanks!', 'The {model} is amazing.', 'All good!'],
    neutral: ['It was okay.', 'Nothing special.', 'Average experience.', 'Fine, a bit slow.', 'Not bad, not great.'],
    negative: ['Terrible.', 'Very disappointed.', 'Still not fixed!', 'Waited forever.', 'Awful service.', 'Nobody helps.', 'Never again.'],
  },
};

/** Questions and suggestions: neutral feedback that is not a verdict at all; tagged like theme clauses. */
export const neutralRemarks: Record<Lang, string[]> = {
  zh: [
    '[discover,configure_online,test_drive,brand] 请问{model}什么时候有现车？',
    '[after_sales,app] 希望App能加上保养提醒功能。',
    '[test_drive,test_drive_booking] 能不能增加周末的试驾时段？',
    '[discover,configure_online] {model}的价格还可以，就是配置选项少了点。',
    '[store] 门店环境不错，就是停车不太方便。',
    '[discover,configure_online,contract_signing,brand] 想了解一下{model}有没有置换补贴。',
    '[delivery] 建议交付的时候多讲讲车机的用法。',
    '[accessories_shop] 希望商城多上一些{model}专用的配件。',
    '[accessories_shop] 东西还行，就是价格比电商平台贵一点。',
    '[after_sales] 保养项目能不能在App里提前看到报价？',
    '[purchase,return,after_sales] 流程没什么问题，就是手续多了点。',
    '整体体验还可以，没有特别好也没有特别差。',
  ],
  en: [
    '[discover,configure_online,test_drive,brand] When will the {model} be back in stock?',
    '[after_sales,app] It would be great if the app sent service reminders.',
    '[test_drive,test_drive_booking] Could you add more weekend test drive slots?',
    '[discover,configure_online] Price is fair for the {model}, though the options list is a bit short.',
    '[store] Nice store, but parking nearby is a pain.',
    '[discover,configure_online,contract_signing,brand] Is there a trade-in bonus for the {model}?',
    '[delivery] Would be nice to get a proper walkthrough of the infotainment at handover.',
    '[accessories_shop] Would love to see more {model}-specific accessories in the shop.',
    '[accessories_shop] Decent stuff, just a bit pricier than Taobao.',
    '[after_sales] Could the app show the service quote before I come in?',
    '[purchase,return,after_sales] Process was fine, just a lot of paperwork.',
    'Overall okay, nothing great, nothing terrible.',
  ],
};

/** Short answers end however the customer's thumb felt like ending them. */
export const endings: Record<Lang, Record<Sentiment, string[]>> = {
  zh: { positive: ['', '！', '！！', '。', '~', ' 👍'], neutral: ['', '。', '…', '~'], negative: ['', '！', '！！', '。', '…', ' 😡'] },
  en: { positive: ['', '!', '!!', '.', ' :)', ' 👍'], neutral: ['', '.', '…'], negative: ['', '!', '!!', '.', ' 😡'] },
};

/** Lead-ins people put before a single remark; English ones take a lowercase remark after them. */
export const hedges: Record<Lang, string[]> = {
  zh: ['说实话，', '总的来说，', '这次', '感觉', '个人觉得', '怎么说呢，', '讲真，'],
  en: ['Honestly, ', 'Overall, ', 'To be fair, ', 'Tbh ', 'In short, '],
};

/** What social posts and e-mailed tickets put around the message. */
export const socialTags: Record<Lang, Record<Sentiment, string[]>> = {
  zh: { positive: ['#极光汽车#', '#{model}# 👍', '#新车到手#'], neutral: ['#极光汽车#', '#{model}#'], negative: ['@极光汽车客服', '#极光汽车# 😡', '#维权#'] },
  en: { positive: ['#AuroraMotors', '👍 #{modeltag}'], neutral: ['#AuroraMotors'], negative: ['@AuroraMotors', '#AuroraMotors 😤'] },
};
export const callOpeners: Record<Lang, string[]> = { zh: ['喂，你好，', '你好，我想反映个问题，', '你好，'], en: ["Hi, I'm calling about my car. ", "Hello, I'd like to make a complaint. ", 'Hi there. '] };
export const ticketGreetings: Record<Lang, string[]> = { zh: ['你好：\n', '客服你好，\n'], en: ['Hello,\n', 'Dear Aurora team,\n', 'Hi,\n'] };

/** Customers who write their own phone number or e-mail into the text: redaction has to catch these. */
export const contactLines: Record<Lang, { phone: string[]; email: string[] }> = {
  zh: { phone: ['我的电话是{phone}，麻烦尽快回复。', '有进展请打我电话{phone}。', '手机{phone}，24小时开机。'], email: ['联系邮箱：{email}', '处理结果请发到{email}。'] },
  en: { phone: ['You can reach me on {phone}.', 'My number is {phone}, please call me.'], email: ['Please email me at {email}.', 'Reply to {email} please.'] },
};
