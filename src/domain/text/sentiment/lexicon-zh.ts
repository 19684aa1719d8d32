// Chinese sentiment lexicon and cue words, written from general knowledge of the language and of
// customer service (not learned from, or checked against, any evaluation file). Weights: ±1 mild,
// ±2 clear, ±3 strong. Entries are matched against jieba tokens, so multi-character words that
// jieba keeps whole ("不错", "没问题") are listed as such.

import { parseWeightedList, wordSet } from './lexicon-format.ts';

export const ZH_LEXICON = parseWeightedList(`
3: 完美 超赞 极好 超级棒 非常满意 五星 强烈推荐 太棒了 一流 无可挑剔 物超所值 好极了 爱死
2: 好 很好 不错 满意 喜欢 推荐 棒 赞 优秀 精彩 好吃 美味 可口 新鲜 好用 方便 快捷 及时 准时 热情 周到
2: 耐心 贴心 细心 专业 实惠 划算 便宜 干净 舒适 舒服 漂亮 好看 值得 物美价廉 超值 给力 靠谱 感谢 谢谢
2: 点赞 惊喜 开心 高兴 愉快 信赖 放心 完好 正品 流畅 清晰 好评 满分 优质 热乎 好喝 喜爱 愉悦 感动 难得
2: 棒棒 厉害 牛 好极 精美 精致 细致 认真 负责 热心 高效 迅速 神速 快速 清爽 整洁 宽敞 明亮 没问题 很快
2: 服务好 态度好 很耐心 回头客 支持 称赞 赞赏 喜欢吃 好评如潮 完美无缺 安心 省心 满足 舒心 nice good great
1: 还行 可以 挺好 快 新 清楚 合适 安静 实在 友好 礼貌 稳定 结实 耐用 齐全 丰富 大气 温馨 便利 顺利 顺畅
1: 划得来 值 性价比高 香 甜 嫩 脆 入味 正宗 地道 热 足 多 大份 分量足 实用 简单 轻松 及时雨 客气 微笑
1: 改进 解决 搞定 处理好 到位 恢复 主动 灵活 体贴 有效 成功 ok 赞一个 谢 感恩 期待 还好 合理
-1: 一般 凑合 勉强 少 淡 咸 油腻 硬 排队 等待 久 很久 半天 慢慢 小 贵 偏贵 不值 不够 缺 缺少 将就
-1: 退货 退款 换货 投诉 客服 等了 啰嗦 复杂 繁琐 麻烦 不便 不方便 吵 旧 普通 无聊 单调 辣 酸 苦 腻 稀
-1: 不行 不好 不太好 不怎么样 差点 瑕疵 划痕 异味 色差 起球 掉色 褪色 缩水 卡 卡顿 发热 耗电 迟 晚 晚了
-2: 差 很差 失望 糟糕 难吃 难用 难看 不满 不满意 生气 愤怒 烦 慢 太慢 坑 烂 破 脏 臭 陈旧 假货 次品
-2: 劣质 粗糙 变质 发霉 腐烂 坏 坏了 损坏 破损 漏 凉 凉了 冷 难闻 敷衍 冷漠 傲慢 恶劣 粗鲁 不耐烦 推诿
-2: 拖延 延误 迟到 晚到 超时 错误 故障 问题 后悔 上当 郁闷 遗憾 可惜 浪费 忽悠 差劲 太贵 难受 不爽
-2: 不舒服 糊弄 质量差 态度差 服务差 不理人 没人理 没人管 没人接 打不通 联系不上 推来推去 踢皮球
-2: 互相推诿 答非所问 转来转去 打不开 进不去 登不上 登录不了 闪退 白屏 乱扣费 重复扣款 没到账 未到账
-2: 退不了 不给退 不给办 办不了 查不到 漏发 错发 少发 缺斤少两 洒了 撒了 漏了 冷了 凉透 太咸 太淡 太辣
-2: 不新鲜 变味 馊 夹生 生的 没熟 不熟 拉肚子 头发 虫子 苍蝇 异物 bad terrible
-3: 垃圾 极差 恶心 骗子 欺骗 坑人 无语 气死 最差 太差 差评 欺诈 骗人 黑店 奸商 垃圾服务 再也不 太烂
-3: 非常失望 太失望 极度失望 恶劣至极 不要脸 无耻 黑心 坑爹 坑钱 投诉无门 恶心死
3: 超好吃 特别好吃 好吃到爆 太好吃了 必点 还会再点 下次还点 一直点 回购 会回购 五星好评
2: 送餐快 送得快 送餐及时 配送快 配送及时 送货快 速度快 准时送达 提前送达 很准时 分量足 量足 量大 份量足 实惠 味道好 味道不错
2: 辛苦 辛苦了 小哥辛苦了 热乎乎 热乎 包装好 包装精美 一如既往 好评 再来 常点 干净卫生 服务周到 态度很好
-2: 送餐慢 送得慢 送太慢 配送慢 太慢了 超时了 迟到了 送错 送错了 漏送 少送 量少 分量少 份量少 太少 没味道 不好吃 太油 太咸了 太辣了
-2: 等了好久 等了半天 等了很久 催单 催了 一个多小时 两个小时 都凉了 送到都凉了 冰凉 洒了一袋 不新鲜了 踩雷 不值这个价 不卫生 有头发 吃坏 再也不点 不会再点
-3: 少得可怜 难以下咽 再也不会点 最难吃 太难吃了 难吃死了 黑心商家 差评差评
`);

/** Flip the polarity of the next sentiment word in the clause. */
export const ZH_NEGATORS = wordSet(`
不 没 没有 无 未 别 非 并不 并没有 并非 不是 绝不 从不 从没 从未 毫不 毫无 不会 不能 不够 不太 不再
没什么 不怎么 一点也不 一点都不 根本不 根本没 根本没有 谈不上 算不上 称不上 不算 难以 无法 不要 不用
`);

/** Multiply the next sentiment word: values are the multiplier. */
export const ZH_INTENSIFIERS = parseWeightedList(`
1.6: 非常 特别 十分 极其 极 超 超级 相当 巨 贼 太 最 极度 格外 异常 无比 真是 实在是 简直 完全 彻底
1.3: 很 真 真的 好 挺 蛮 更 越来越 更加 如此 这么 那么 多么 老
0.6: 有点 有些 稍微 略 略微 比较 还算 还 稍 一点 有一点 些许 相对
`);

/** Contrast: the clause after the marker carries the verdict. */
export const ZH_CONTRAST = wordSet(`但是 但 可是 不过 然而 只是 就是 却 可惜 遗憾的是 无奈`);

/** Concession: the clause containing the marker is the part being discounted. */
export const ZH_CONCESSION = wordSet(`虽然 虽说 尽管 虽 固然`);

/** A clause with these (or ending in ？) asks rather than asserts. */
export const ZH_QUESTION = wordSet(`吗 么 嘛 呢 怎么 怎样 如何 为什么 为何 哪里 哪儿 什么 是否 能否 可否 请问 多久 几时`);

/** Sarcasm markers: with negative evidence nearby, praise around them is read as blame. */
export const ZH_SARCASM = wordSet(`呵呵 呵呵呵 真行 真有你的 服了 佩服 好一个 谢谢你们 真是谢谢 太谢谢 厉害了 真棒啊 可真快 也是醉了 醉了`);
