// Chinese praise and complaint clauses, one bank per CX theme. Each clause is a full sentence with
// {slots} (store, model, minutes, amount…) filled per item, so the same complaint reads differently
// every time. A leading [tag,…] limits a clause to touchpoints whose channel, journey, stage or key
// is listed ('brand' = feedback about Aurora in general): a technician has no place in a test drive.
import type { ThemeBank } from './compose-text.ts';

export const zhThemes: ThemeBank = {
  waiting_time: {
    neg: [
      '[store] 到店后在休息区等了{minutes}分钟才有人接待。',
      '[store] 约的是{hour}点，结果{minutes}分钟后才轮到我。',
      '[repair] 保养说两个小时搞定，最后弄了大半天。',
      '[call_centre] 热线排队{minutes}分钟才接通，中途还断了一次。',
      '[wechat,app,website] 在线客服{minutes}分钟都没回复。',
      '[roadside_assistance] 救援车说半小时到，实际等了{minutes}分钟。',
      '等待时间太长了，前前后后耽误了{minutes}分钟。',
      '每一步都要等，效率太低了。',
    ],
    pos: [
      '[store] 到店马上就有人接待，完全不用等。',
      '[call_centre] 电话很快就接通了，不到一分钟。',
      '[wechat,app,website] 客服几乎秒回，效率很高。',
      '整个流程很快，{fewminutes}分钟就办完了。',
      '[repair,roadside_assistance] 比预计的时间还早就弄好了。',
    ],
  },
  staff_attitude: {
    neg: [
      '[test_drive,contract_signing,delivery] 销售的态度很冷淡，问什么都爱答不理。',
      '[store] {staff}全程在看手机，感觉根本不想接待我们。',
      '[call_centre] 客服语气很不耐烦，说两句就想挂电话。',
      '[test_drive,contract_signing] 工作人员的态度让人很不舒服，好像我们买不起一样。',
      '问了好几遍才有人搭理，服务意识太差了。',
    ],
    pos: [
      '[store] {staff}非常热情，讲解很耐心。',
      '[store] 工作人员态度特别好，全程笑脸相迎。',
      '[call_centre,wechat] 客服很有礼貌，也很有耐心。',
      '[store] 服务很贴心，还给孩子准备了小礼物。',
      '[test_drive,contract_signing] {staff}很真诚，没有一直推销，感觉很舒服。',
    ],
  },
  staff_competence: {
    neg: [
      '[test_drive,contract_signing,delivery] 问了几个关于续航的问题，{staff}一个都答不上来。',
      '[test_drive,contract_signing] 销售对配置都不熟悉，说的和官网上写的不一样。',
      '[repair] 技师检查了半天也没找到问题，只说让我再观察观察。',
      '同一个问题问了{n}个人，得到{n}个不同的答案。',
      '[call_centre,wechat] 客服只会照着话术念，解决不了实际问题。',
    ],
    pos: [
      '[test_drive,contract_signing,delivery] {staff}很专业，把{model}的三电系统讲得很清楚。',
      '[repair] 技师很快就找到了问题，还顺便帮我检查了{part}。',
      '问的问题都能答上来，很专业。',
      '[test_drive,contract_signing] 顾问帮我对比了几个配置，建议很中肯。',
    ],
  },
  transfer_reexplain: {
    neg: ['[call_centre] 电话被转了{n}次，每次都要重新说一遍情况。', '换了一个客服又要从头讲一遍，太折腾了。', '每次联系都是不同的人，之前说过的都白说了。', '被转来转去，最后也没人能给个答复。'],
    pos: ['一个客服从头跟到尾，不用重复解释，很省心。', '转接后对方已经了解情况，不用再讲一遍，这点很好。'],
  },
  no_human: {
    neg: [
      '[app,website,wechat] 在线客服全是机器人，转人工根本转不过去。',
      '[call_centre] 热线一直是语音菜单，按了半天也找不到人工。',
      '[app,website,wechat,call_centre] 智能客服答非所问，想找个真人说话都这么难。',
      '[app,website,wechat] 机器人一直重复同样的回答，根本解决不了问题。',
    ],
    pos: ['[app,website,wechat,call_centre] 很快就转到了人工客服，问题当场解决。', '[app,website,wechat] 智能客服能直接查到订单，挺方便的。'],
  },
  price_fees: {
    neg: [
      '[purchase,repair,order] 结账时多出来{amount}的服务费，之前完全没提过。',
      '[repair] 保养报价{amount}，比官网上写的贵了不少。',
      '[purchase,configure_online,website_visit] 金融方案的手续费不透明，算下来多花了{amount}。',
      '[purchase] 上牌费、金融服务费各种收费，落地价比说好的高了{amount}。',
      '[delivery,after_sales,brand] 刚提车没几天就降价{amount}，也不给老车主任何补偿。',
      '[accessories_shop] 商城的东西比电商平台贵了一大截。',
    ],
    pos: [
      '价格透明，没有乱七八糟的附加费用。',
      '[discover,configure_online,test_drive,contract_signing,brand] 这个价位能买到{model}，性价比很高。',
      '[repair] 保养费用比预想的便宜，报价也很清楚。',
      '[test_drive,contract_signing] 店里主动帮我申请了{amount}的优惠，很给力。',
      '[accessories_shop] 会员价挺划算，比外面买还便宜。',
    ],
  },
  refund_return: {
    neg: [
      '[return,payment,checkout,complaint_handling] 退款申请提交{days}天了，钱还没退回来。',
      '[payment,contract_signing] 退定金要走各种流程，{amount}拖了一个多月。',
      '[return] 退货要自己寄回，运费还得自己出。',
      '[return,payment] 说好的退款到账时间一拖再拖，每次问都说在处理。',
    ],
    pos: ['[return,payment] 退款很快，{fewdays}天就到账了。', '[return] 退货流程很顺，快递直接上门取件。', '[payment,contract_signing] 定金退得很爽快，没有为难我。'],
  },
  delivery_delay: {
    neg: [
      '[delivery] 原定{date}交车，现在又推迟了{days}天。',
      '[delivery] 提车时间一推再推，也没人主动告诉我原因。',
      '[delivery] 等车等了{days}天，一问就说在路上。',
      '[delivery] App上的交付进度好几周都没更新。',
      '[delivery] 说是物流延误，交付延期了{days}天，也没有任何补偿。',
      '[parcel_tracking] 下单好几天了还没发货，物流信息一直不更新。',
      '[parcel_tracking] {accessory}说好两天送到，结果等了{days}天。',
    ],
    pos: [
      '[delivery] 比承诺的时间提前{fewdays}天交付，很惊喜。',
      '[delivery] 交付很准时，交车仪式也很用心。',
      '[delivery] 交车当天流程很顺，{staff}把每个功能都讲了一遍。',
      '[parcel_tracking] 下单第二天就收到了，包装也很好。',
    ],
  },
  product_quality: {
    neg: [
      '[after_sales,brand] 新车开了不到{km}公里，{part}就出问题了。',
      '[delivery] 提车时发现车门有划痕，漆面也不均匀。',
      '[after_sales,brand] 车机经常卡死，要重启才能用。',
      '[after_sales,brand] 高速上有明显的风噪，跟试驾时的感觉差很多。',
      '[repair,brand] {part}异响，已经是第{nth}次回店了。',
      '[after_sales,brand] 冬天实际续航只有标称的一半左右，太虚了。',
      '[test_drive] 试驾车的座椅有点硬，后排空间也比想象的小。',
      '[discover] 广告里的续航太夸张了，一看就是工况数据。',
      '[fulfilment] 收到的{accessory}有破损，做工也很粗糙。',
    ],
    pos: [
      '[test_drive,delivery,after_sales,brand] {model}开起来很稳，隔音也不错。',
      '[after_sales,brand] 冬天实际续航也有{range}公里左右，很扎实。',
      '[test_drive,delivery,after_sales,brand] 做工很扎实，细节处理得很好。',
      '[test_drive,after_sales,brand] 辅助驾驶很好用，长途开车轻松多了。',
      '[test_drive,after_sales,brand] 车机反应很快，语音助手很聪明。',
      '[discover] {model}的外观设计太好看了，一眼就心动。',
      '[fulfilment] {accessory}质量很好，和车很搭。',
    ],
  },
  stock: {
    neg: [
      '[configure_online,test_drive,contract_signing] 想要的颜色没有现车，要等{days}天。',
      '[test_drive] 店里没有{model}的试驾车，白跑一趟。',
      '[repair,service_appointment] 配件缺货，{part}要等{days}天才能到。',
      '[browse,order] 商城里的{accessory}一直显示缺货。',
      '[store_pickup] 到店才说{accessory}还没到货，白跑一趟。',
    ],
    pos: ['[configure_online,test_drive,contract_signing] 店里就有现车，当天就定下来了。', '[repair] 配件都有库存，当天就换好了。', '[accessories_shop] {accessory}有货，第二天就拿到了。'],
  },
  membership_account: {
    neg: [
      '会员积分突然清零了，问了也没人说得清。',
      '[app] App登录一直提示账号异常，换了手机号就绑不回去了。',
      '[after_sales,delivery,brand,accessories_shop] 车主权益说好送的免费充电，到现在都没到账。',
      '会员等级和官网说的不一样，权益也少了。',
    ],
    pos: ['[accessories_shop,repair] 会员积分可以直接抵扣，挺实惠的。', '[after_sales,delivery,brand] 车主权益很多，免费充电很实用。', '[brand,wechat_article,after_sales] 会员日活动很用心，还能带家人一起参加。'],
  },
  payment: {
    neg: [
      '[app] 付款时一直提示系统繁忙，试了{n}次都失败。',
      '[payment,order] 支付成功了但订单显示未付款，钱也被扣了。',
      '[payment,contract_signing] 定金付了{amount}，系统里查不到记录。',
      '[payment,contract_signing] 分期审批拖了{days}天，耽误了提车。',
      '[payment,contract_signing] 尾款不支持信用卡，只能转账，太麻烦了。',
      '[order] 优惠券用不了，付款时总提示不满足条件。',
    ],
    pos: [
      '[payment] 在App上付定金很方便，几秒钟就好了。',
      '[payment,order] 支付流程很顺畅，发票也很快开好了。',
      '[payment,contract_signing] 金融方案选择多，审批一天就下来了。',
      '[order] 积分加现金支付很方便，一步到位。',
    ],
  },
  usability: {
    neg: [
      '[app_configurator] App经常闪退，选配到一半就得重来。',
      '[app] App经常闪退，用着用着就退出去了。',
      '[online_configurator] 官网的配置器加载太慢，图片半天出不来。',
      '[website] 官网打开特别慢，图片半天加载不出来。',
      '[test_drive_booking,website_visit] 找了半天都找不到预约入口。',
      '[wechat_article,complaint_handling] 公众号菜单太乱，想查个保养记录都找不到。',
      '[mini_program_browse] 小程序商城分类太乱，搜索也不好用。',
      '[app,website,wechat] 界面设计很反人类，操作步骤太多了。',
    ],
    pos: [
      '[configure_online] 选配界面很直观，3D看车效果特别好。',
      '[app] App用起来很流畅，预约、支付都能在一个地方搞定。',
      '[wechat_article] 在公众号上就能预约保养，很方便。',
      '[app,website,wechat] 页面很清晰，想找的东西一下就找到了。',
      '[app,website,wechat] 操作很简单，{fewminutes}分钟就搞定了。',
    ],
  },
  communication: {
    neg: [
      '进度从来不主动通知，每次都要我自己去问。',
      '说好会回电话，等了{days}天也没人联系我。',
      '不同的人说法不一，根本不知道该信谁。',
      '[test_drive_booking,service_appointment,delivery,repair] 短信通知的时间和实际安排对不上。',
    ],
    pos: [
      '[delivery,repair,refund,parcel_tracking,payment,complaint_handling] 每个节点都会主动发消息告诉我进度，很安心。',
      '{staff}说会回电，第二天准时就打过来了。',
      '沟通很及时，有问题随时都能找到人。',
    ],
  },
  rigid_policy: {
    neg: [
      '[payment,contract_signing,return,refund] 就差一天过了退订期限，怎么说都不给退。',
      '规定就是规定，一点都不肯通融。',
      '[test_drive,test_drive_booking] 试驾必须带驾照原件，拍照都不行，白跑一趟。',
      '[after_sales] 保修条款卡得太死，明明是质量问题却说不在保修范围。',
      '[after_sales] 非要我去原购车门店处理，别的店都不管。',
    ],
    pos: ['[store] 虽然超过了时间，店里还是特事特办帮我处理了。', '[after_sales,return] 政策很灵活，异地门店也能直接办理。'],
  },
};

/** What customers say when the app payment service falls over (the late incident). */
export const zhPaymentOutage = [
  'App付款一直失败，提示系统繁忙请稍后再试。',
  '在App上付款，钱扣了订单却显示支付失败！',
  '今天App支付根本用不了，客服电话也打不进去。',
  '连着{n}次支付失败，银行说钱已经扣了，App却显示未支付。',
  '支付页面一直转圈，刷新之后订单都不见了。',
  '付款失败后重新下单，结果被扣了两次款，{amount}到现在还没退。',
];

/** What customers say during the delivery backlog (the earlier incident). */
export const zhDeliveryBacklog = [
  '本来{date}交车，突然通知说运输延误，要再等{days}天。',
  '交付中心说这一批车全部延期，具体时间还定不下来。',
  '车主群里好多人都在说交车延期，官方一直没有说法。',
  '定金交了，车也排上了，结果交付一拖再拖，连个准信都没有。',
];
