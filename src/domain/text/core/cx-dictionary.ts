// Customer-experience vocabulary added to jieba's default dictionary, so that channel names and
// service words come out as one token ("小程序", not "小|程序"; "线上|下单", not "线|上下|单").
// Frequencies are set in segmenter-dictionary.ts: high enough to win over the default segmentation.

const WORDS = `
线上 线下 门店 实体店 专卖店 旗舰店 直营店 加盟店 网点 营业厅 柜台 专柜 4S店 经销商 服务站 售后网点
官网 网站 网页 网页版 商城 网店 app 客户端 小程序 公众号 服务号 视频号 企业微信 微信群 朋友圈
支付宝 微信支付 花呗 云闪付 银联 信用卡 储蓄卡 银行卡
客服 人工客服 在线客服 智能客服 机器人客服 客服电话 客服热线 热线 呼叫中心 400电话 转人工 人工服务 接线员
短信 验证码 邮件 邮箱 微博 抖音 小红书 快手 大众点评 美团 饿了么 淘宝 天猫 京东 拼多多
下单 退单 退货 退款 换货 退换货 售后 维修 保修 返修 投诉 工单 催单 补发 漏发 错发 少发
配送 派送 送货 送达 签收 自提 到店 上门 快递员 骑手 外卖 运费 包邮 物流
会员 会员卡 积分 优惠券 满减 折扣 发票 账号 账户 密码 登录 注册 绑定 解绑 实名认证
排队 等位 叫号 预约 改签 退订
推来推去 踢皮球 互相推诿 答非所问 打不开 进不去 登不上 登录不了 闪退 卡顿 白屏 扣款 重复扣款 乱扣费
没到账 未到账 不到账 退不了 不给退 不给办 办不了 查不到 看不到 联系不上 打不通 没人接 没人理 不理人
转来转去 重复说明 反复说明 再说一遍 态度差 态度好 服务好 服务差 不耐烦 很耐心
`;

export const CX_WORDS: string[] = WORDS.trim().split(/\s+/);
