// The few interface strings of respondent pages that the server writes itself (the survey's own texts
// come from its definition; the questions' interface strings live in the widget renderer).
import type { Lang } from '../../domain/surveys/survey-flow.ts';

const TEXTS = {
  en: {
    closed: 'This survey is closed. Thank you for your interest.',
    notOpen: 'This survey is not open yet.',
    answered: 'You have already answered this survey. Thank you!',
    invalid: 'This survey link is not valid.',
    noscript: 'Please enable JavaScript to answer this survey.',
    optedOut: 'You will not receive survey invitations from us any more.',
    optOutTitle: 'Stop survey invitations?',
    optOutButton: 'Unsubscribe',
  },
  'zh-CN': {
    closed: '本问卷已结束，感谢您的关注。',
    notOpen: '本问卷尚未开放。',
    answered: '您已经填写过本问卷，感谢您的参与！',
    invalid: '问卷链接无效。',
    noscript: '请启用 JavaScript 以填写问卷。',
    optedOut: '您将不再收到我们的问卷邀请。',
    optOutTitle: '不再接收问卷邀请？',
    optOutButton: '退订',
  },
} as const;

export type RespondentText = keyof (typeof TEXTS)['en'];

export function respondentText(lang: Lang, key: RespondentText): string {
  return TEXTS[lang][key];
}

/** ?lang= wins, then the browser's language, then the survey's default. */
export function chooseLang(queryLang: unknown, acceptLanguage: string | undefined, fallback: Lang): Lang {
  if (queryLang === 'en' || queryLang === 'zh-CN') return queryLang;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase();
  if (first?.startsWith('zh')) return 'zh-CN';
  if (first?.startsWith('en')) return 'en';
  return fallback;
}
