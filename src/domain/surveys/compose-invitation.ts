// Fills a distribution's template for one recipient: the personal survey link, the survey's name, the
// recipient's name, and always an opt-out link (appended when the template forgot it).
import { escapeText } from './escape-text.ts';
import type { OutgoingMessage } from './survey-messengers.ts';

export interface InvitationParts {
  to: string;
  channel: 'email' | 'sms';
  subject: string;
  template: string;
  surveyName: string;
  name: string;
  link: string;
  optOutLink: string;
  pixelLink: string;
}

export function composeInvitation(parts: InvitationParts): OutgoingMessage {
  const template = parts.template.includes('{{opt_out}}') ? parts.template : `${parts.template}\n\n{{opt_out}}`;
  const fill = (text: string, escape: (value: string) => string) =>
    text
      .replaceAll('{{link}}', escape(parts.link))
      .replaceAll('{{opt_out}}', escape(parts.optOutLink))
      .replaceAll('{{survey}}', escape(parts.surveyName))
      .replaceAll('{{name}}', escape(parts.name));
  const subject = fill(parts.subject, (value) => value);
  const text = fill(template, (value) => value);
  if (parts.channel === 'sms') return { to: parts.to, subject: '', text };
  const linkify = (value: string) => `<a href="${escapeText(value)}">${escapeText(value)}</a>`;
  const html = escapeText(template)
    .replaceAll('{{link}}', linkify(parts.link))
    .replaceAll('{{opt_out}}', linkify(parts.optOutLink))
    .replaceAll('{{survey}}', escapeText(parts.surveyName))
    .replaceAll('{{name}}', escapeText(parts.name))
    .replace(/\n/g, '<br>');
  return { to: parts.to, subject, text, html: `<div>${html}</div><img src="${escapeText(parts.pixelLink)}" width="1" height="1" alt="">` };
}
