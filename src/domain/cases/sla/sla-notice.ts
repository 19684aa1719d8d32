// The e-mail telling an agent that a case nears its SLA, or its team leads that it breached: in the
// recipient's language, with the due moment in the organisation's zone and a link when the address is known.
import type { SlaClock } from './sla.schema.ts';

export interface SlaNoticeInput {
  kind: 'warning' | 'breach';
  clock: SlaClock;
  caseId: string;
  caseNumber: number;
  caseTitle: string;
  dueAt: Date;
  timezone: string;
  locale: 'zh-CN' | 'en';
  /** The dashboard's public address, when configured. */
  publicUrl: string | null;
}

const clockNames = {
  en: { first_response: 'first response', resolution: 'resolution' },
  'zh-CN': { first_response: '首次响应', resolution: '解决' },
} as const;

export function composeSlaNotice(input: SlaNoticeInput): { subject: string; text: string } {
  const due = new Intl.DateTimeFormat(input.locale, {
    timeZone: input.timezone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(input.dueAt);
  const clock = clockNames[input.locale][input.clock];
  const link = input.publicUrl ? `${input.publicUrl.replace(/\/+$/, '')}/cases/${input.caseId}` : null;
  const ref = `#${input.caseNumber} ${input.caseTitle}`;
  if (input.locale === 'zh-CN') {
    const subject = input.kind === 'warning' ? `案例 #${input.caseNumber} 即将超出${clock} SLA` : `案例 #${input.caseNumber} 已超出${clock} SLA，已升级`;
    const lines = [
      input.kind === 'warning' ? `案例 ${ref} 的${clock}时限即将到期。` : `案例 ${ref} 已超出${clock}时限，已升级给团队负责人。`,
      `到期时间：${due}`,
    ];
    if (link) lines.push(`查看案例：${link}`);
    return { subject, text: lines.join('\n') };
  }
  const subject = input.kind === 'warning' ? `Case #${input.caseNumber} is close to its ${clock} SLA` : `Case #${input.caseNumber} breached its ${clock} SLA and was escalated`;
  const lines = [
    input.kind === 'warning' ? `The ${clock} deadline of case ${ref} is coming up.` : `Case ${ref} missed its ${clock} deadline and was escalated to the team leads.`,
    `Due: ${due}`,
  ];
  if (link) lines.push(`Open the case: ${link}`);
  return { subject, text: lines.join('\n') };
}
