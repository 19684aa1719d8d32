// Words that describe a failed hand-over between channels: "failure" cues say the next channel
// could not continue what the first one started ("门店查不到", "couldn't see my order"); "redirect"
// cues say the customer was sent from one channel to another ("让我去门店", "told me to call").

export type CueKind = 'failure' | 'redirect';

export const BREAKPOINT_CUES: Record<CueKind, { zh: string; en: string }> = {
  failure: {
    zh: '不给办 办不了 不能办 不给退 退不了 不给换 不认 不承认 不认可 查不到 看不到 没有记录 没记录 查询不到 找不到 系统里没有 不一致 不同步 对不上 不一样 不通用 不能用 用不了 不支持 不受理 不处理 不归 不负责 重新办 重新申请 又要 白跑 跑了几趟 拒绝 不接受 不同意 没法处理 说不了算 做不了主',
    en: "couldn't_see can't_see cannot_see could_not_see couldn't_find can't_find cannot_find could_not_find no_record* no_booking_on_record no_order_on_record no_reservation_on_record no_appointment_on_record nothing_on_record not_on_record wasn't_on_record no_trace* not_recogni* didn't_recogni* wouldn't_recogni* wouldn't_honor* won't_honor* didn't_honor* not_honor* refused refuse* wouldn't_accept won't_accept didn't_accept not_accept* didn't_match doesn't_match does_not_match different_price not_valid not_in_the_system not_in_their_system wasn't_in_the_system start_over from_scratch had_to_redo wouldn't_process couldn't_process not_synced out_of_sync not_linked couldn't_help can't_help unable_to_help no_access had_no_idea",
  },
  redirect: {
    zh: '让我去 叫我去 让我找 叫我找 让我到 让我打 叫我打 推给 推到 转到 说要去 要求去 只能去 只能在 必须去 必须到 让我联系 叫我联系 让我重新',
    en: 'told_me_to_go told_me_to_call told_me_to_contact told_me_to_use sent_me_to sent_me_back redirected referred_me transferred_me_to had_to_go had_to_call asked_me_to_go asked_me_to_call directed_me go_back_to',
  },
};
