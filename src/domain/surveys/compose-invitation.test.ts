import { describe, expect, it } from 'vitest';
import { composeInvitation, type InvitationParts } from './compose-invitation.ts';
import { renderSmsBody } from './survey-messengers.ts';

const parts: InvitationParts = {
  to: 'li@example.com',
  channel: 'email',
  subject: 'About {{survey}}',
  template: 'Hi {{name}}, answer here: {{link}}',
  surveyName: 'Store <visit>',
  name: 'Li & Co',
  link: 'https://voc.example.com/s/abc',
  optOutLink: 'https://voc.example.com/o/abc',
  pixelLink: 'https://voc.example.com/p/abc.gif',
};

describe('composing invitations', () => {
  it('fills the placeholders and appends the opt-out link when the template forgot it', () => {
    const message = composeInvitation(parts);
    expect(message.subject).toBe('About Store <visit>');
    expect(message.text).toBe('Hi Li & Co, answer here: https://voc.example.com/s/abc\n\nhttps://voc.example.com/o/abc');
  });

  it('escapes the HTML version and adds the open pixel', () => {
    const html = composeInvitation({ ...parts, template: '{{survey}} {{link}} {{opt_out}}' }).html!;
    expect(html).toContain('Store &#60;visit&#62;');
    expect(html).toContain('<a href="https://voc.example.com/s/abc">');
    expect(html).toContain('<img src="https://voc.example.com/p/abc.gif"');
  });

  it('sends SMS as text only', () => {
    expect(composeInvitation({ ...parts, channel: 'sms' })).toEqual({ to: 'li@example.com', subject: '', text: expect.stringContaining('https://voc.example.com/o/abc') });
  });

  it('keeps a JSON body template valid whatever the text holds', () => {
    const body = renderSmsBody('{"to":"{{to}}","text":"{{text}}"}', '+8613800138000', 'say "hi"\n\\ 你好');
    expect(JSON.parse(body)).toEqual({ to: '+8613800138000', text: 'say "hi"\n\\ 你好' });
  });
});
