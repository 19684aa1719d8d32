// A first guess at the column mapping from the column names (English and Chinese), so that a typical
// export needs a glance rather than a dozen choices. Only a suggestion: the user confirms it.
const SYNONYMS: Array<[string, RegExp]> = [
  ['text', /^(text|comments?|content|body|review|review_?text|feedback|message|verbatim|transcript|description|remark|内容|评论|评价|评价内容|反馈|反馈内容|留言|文本|正文|描述|问题描述|通话内容|聊天内容|意见|建议)$/i],
  ['external_id', /^(id|external_?id|ticket_?id|review_?id|message_?id|case_?id|call_?id|chat_?id|编号|工单号|工单编号|评论id|评价id)$/i],
  ['occurred_at', /^(date|time|datetime|date_?time|created(_?at)?|timestamp|occurred_?at|submitted_?at|posted_?at|时间|日期|创建时间|提交时间|评论时间|评价时间|发布时间)$/i],
  ['nps', /^(nps|nps_?score|likelihood_?to_?recommend|推荐值|推荐度|净推荐值|推荐意愿)$/i],
  ['csat', /^(csat|csat_?score|satisfaction|满意度|满意度评分)$/i],
  ['ces', /^(ces|effort|customer_?effort|费力度|费力程度)$/i],
  ['stars', /^(stars?|rating|star_?rating|星级|评分|打分|星数)$/i],
  ['channel', /^(channel|渠道)$/i],
  ['identifiers.phone', /^(phone|mobile|tel|telephone|phone_?number|mobile_?number|手机|手机号|手机号码|电话|联系电话|电话号码)$/i],
  ['identifiers.email', /^(e-?mail|email_?address|mail|邮箱|电子邮箱|邮件)$/i],
  ['identifiers.member_id', /^(member_?id|member|membership_?(id|no)|loyalty_?id|会员号|会员id|会员编号|会员卡号)$/i],
  ['identifiers.wechat_openid', /^(wechat_?openid|openid|微信openid)$/i],
  ['identifiers.wechat_unionid', /^(wechat_?unionid|unionid)$/i],
  ['identifiers.alipay_user_id', /^(alipay_?user_?id|alipay_?id|支付宝id|支付宝用户id)$/i],
  ['identifiers.device_id', /^(device_?id|设备id|设备号)$/i],
  ['identifiers.order_id', /^(order_?id|order_?no|order_?number|订单号|订单编号)$/i],
  ['identifiers.name', /^(name|customer_?name|full_?name|nickname|姓名|客户姓名|客户名称|昵称|用户名)$/i],
];

export function suggestMapping(columns: string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const column of columns) {
    const normalised = column.trim().replace(/[\s-]+/g, '_');
    // Dotted JSON Lines keys in the feedback shape map onto themselves ("identifiers.phone").
    const dotted = /^(identifiers|metadata)\.(.+)$/.exec(column);
    const target = dotted ? column : SYNONYMS.find(([, pattern]) => pattern.test(normalised) || pattern.test(column.trim()))?.[0];
    if (target && !(target in mapping)) mapping[target] = column;
  }
  return mapping;
}
