// The renderer's own interface strings; the survey's texts come from its definition.
import type { Lang } from '../../src/domain/surveys/survey-flow.ts';

const TEXTS = {
  en: { next: 'Next', back: 'Back', submit: 'Submit', required: 'Please answer this question.', failed: 'Your answers could not be sent. Please try again.', again: 'Start again', close: 'Close', of: 'of', low: 'Not at all likely', high: 'Extremely likely', answered: 'You have already answered this survey. Thank you!' },
  'zh-CN': { next: '下一题', back: '上一题', submit: '提交', required: '请回答此问题。', failed: '提交失败，请重试。', again: '重新开始', close: '关闭', of: '/', low: '完全不可能', high: '非常可能', answered: '您已经填写过本问卷，感谢您的参与！' },
};

export type UiText = keyof (typeof TEXTS)['en'];

export function ui(lang: Lang, key: UiText): string {
  return TEXTS[lang][key];
}
