// The demo organisation's case work: routing rules for its teams and ~30 cases opened from recent
// negative feedback, in every state (resolved with root cause, waiting, transferred, new), each worked
// by the person it was routed to — all through the case use cases, deterministically.
import type { Db } from '../../db/pool.ts';
import { systemActor, type Actor, type Role } from '../actor.ts';
import { assignCase } from '../cases/assign-case.ts';
import { backdateCase } from '../cases/backdate-case.ts';
import { changeCaseStatus } from '../cases/change-case-status.ts';
import type { CaseRow } from '../cases/cases.repo.ts';
import { addCaseNote } from '../cases/add-case-note.ts';
import { openCase } from '../cases/open-case.ts';
import { markReplySent } from '../cases/replies/mark-reply-sent.ts';
import { sendCaseReply } from '../cases/replies/send-case-reply.ts';
import { createRoutingRule } from '../cases/save-routing-rule.ts';
import { listFeedback } from '../feedback/list-feedback.ts';

export const DEMO_CASE_COUNT = 30;

const routing = [
  { name: '反复转接 Passed-around customers → CX Office', team: 'cx_office', assignment: 'round_robin', priority: 'high', conditions: { themes: ['transfer_reexplain'] } },
  { name: '门店 Store visits → Retail Operations', team: 'retail_ops', assignment: 'round_robin', conditions: { channels: ['store'] } },
  { name: '质量与退换 Quality & returns → After-sales', team: 'after_sales', assignment: 'round_robin', conditions: { themes: ['product_quality', 'refund_return'] } },
  { name: '数字渠道 App & web → Digital Channels', team: 'digital', assignment: 'least_loaded', conditions: { channels: ['app', 'mini_program', 'website'] } },
  { name: '其他 Everything else → Customer Care Centre', team: 'care_centre', assignment: 'round_robin', conditions: {} },
] as const;

const resolutions = [
  {
    root_cause: '门店预约排队系统故障 Store booking queue outage',
    resolution_code: 'apology_compensation',
    reply: {
      zh: '您好，非常抱歉门店预约系统故障让您久等。我们已为您重新安排优先时段，并补偿一次免费保养，门店会提前一天联系您确认。',
      en: 'Hello, we are very sorry the store booking system made you wait. We have rebooked you at a priority slot and added a free service; the store will call you the day before to confirm.',
    },
  },
  {
    root_cause: '配件缺货 Spare part out of stock',
    resolution_code: 'part_expedited',
    reply: {
      zh: '您好，您需要的配件我们已从中心仓加急调货，预计 3 天内到店，到店后售后顾问会第一时间联系您安排更换。',
      en: 'Hello, we have rushed the part you need from our central warehouse; it should reach the store within 3 days and your service adviser will call you to book the fitting.',
    },
  },
  {
    root_cause: '客服未同步工单 Ticket not handed over between channels',
    resolution_code: 'process_fixed',
    reply: {
      zh: '您好，很抱歉您在线上提交的申请没有同步到门店，让您重复说明。我们已把记录同步给门店，并由专人跟进到底，您无需再次提交。',
      en: 'Hello, we are sorry the request you made online did not reach the store and you had to explain it again. The store now has your full record and one person will follow it through; you do not need to resubmit anything.',
    },
  },
  {
    root_cause: '费用说明不清 Fees not explained at sale',
    resolution_code: 'refund_issued',
    reply: {
      zh: '您好，购车时这笔费用确实没有说明清楚，我们已将多收的费用原路退回，预计 1–3 个工作日到账。',
      en: 'Hello, this fee was indeed not explained when you bought the car. We have refunded the amount to your original payment method; it should arrive within 1–3 working days.',
    },
  },
  {
    root_cause: 'App 版本缺陷 App release defect',
    resolution_code: 'bug_fixed',
    reply: {
      zh: '您好，您遇到的 App 问题是新版本的缺陷，已在最新版本中修复。请更新 App 后重试，如仍有问题可直接回复此消息。',
      en: 'Hello, the app problem you hit was a defect in the latest release and is fixed in the new version. Please update the app and try again; just reply here if anything still goes wrong.',
    },
  },
];

type Plan = 'resolved' | 'closed' | 'in_progress' | 'waiting' | 'transferred' | 'new';
const plans: Plan[] = ['resolved', 'closed', 'in_progress', 'resolved', 'waiting', 'transferred', 'new', 'resolved', 'in_progress', 'new'];

export interface DemoPeople {
  teamIds: Map<string, string>;
  roles: Map<string, Role>;
}

export async function loadDemoCases(db: Db, orgId: string, people: DemoPeople, now: Date): Promise<number> {
  const system = systemActor(orgId);
  for (const rule of routing) {
    await createRoutingRule(db, system, { name: rule.name, team_id: people.teamIds.get(rule.team)!, assignment: rule.assignment, priority: 'priority' in rule ? rule.priority : null, conditions: rule.conditions });
  }
  const { items } = await listFeedback(db, system, { sentiment: 'negative', limit: 200 });
  const seen = new Set<string>();
  const picked = items.filter((item) => item.customerId && !seen.has(item.customerId) && seen.add(item.customerId)).slice(0, DEMO_CASE_COUNT);
  for (const [index, item] of picked.entries()) {
    const opened = await openCase(db, system, { feedback_ids: [item.id], priority: index % 7 === 0 ? 'urgent' : index % 3 === 0 ? 'high' : 'normal' });
    const steps = await work(db, system, opened, plans[index % plans.length]!, index, people);
    // Each step a while after the one before: minutes to first touch, hours to resolution.
    const offsets = [0, 1, 2];
    for (let step = 0; step < steps + 2; step++) offsets.push(offsets.at(-1)! + 20 + ((index * 97 + step * 131) % 900));
    const total = offsets.at(-1)!;
    const start = Math.min(item.occurredAt.getTime() + 15 * 60_000, now.getTime() - (total + 10) * 60_000);
    await backdateCase(db, system, opened.id, new Date(start), offsets);
  }
  return picked.length;
}

/** Works the case as the person it went to; returns how many events that added. */
async function work(db: Db, system: Actor, opened: CaseRow, plan: Plan, index: number, people: DemoPeople): Promise<number> {
  const role = opened.assigneeId ? people.roles.get(opened.assigneeId) : undefined;
  const actor: Actor = opened.assigneeId && role ? { kind: 'user', orgId: system.orgId, userId: opened.assigneeId, role } : system;
  const resolution = resolutions[index % resolutions.length]!;
  const status = (body: object) => changeCaseStatus(db, actor, opened.id, body);
  if (plan === 'new') return 0;
  if (plan === 'transferred') {
    const to = opened.teamId === people.teamIds.get('after_sales') ? 'care_centre' : 'after_sales';
    await assignCase(db, actor, opened.id, { team_id: people.teamIds.get(to), reason: '需要售后技术支持 Needs after-sales expertise' });
    return 1;
  }
  await status({ status: 'in_progress' });
  // The first response, as a WeChat message the agent sent by hand (the demo has no mail server).
  const { zh, en } = resolution.reply;
  const reply = await sendCaseReply(db, actor, opened.id, { channel: 'wechat', body: opened.lang === 'en' ? en : zh });
  await markReplySent(db, actor, opened.id, reply.id);
  if (plan === 'in_progress') {
    await addCaseNote(db, actor, opened.id, { body: '已致电客户，正在核实订单 Called the customer, checking the order.' });
    return 3;
  }
  if (plan === 'waiting') {
    await status({ status: 'waiting_on_customer' });
    return 3;
  }
  await status({ status: 'resolved', root_cause: resolution.root_cause, resolution_code: resolution.resolution_code, resolution_note: '已向客户说明处理结果 Outcome explained to the customer.' });
  if (plan === 'closed') {
    await status({ status: 'closed' });
    return 4;
  }
  return 3;
}
