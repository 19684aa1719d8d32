// Shared helpers of the survey tests: a realistic survey definition with skip logic, and shortcuts.
import { expect } from 'vitest';
import type { Client } from './support/test-app.ts';
export { expectError } from './support/expect-error.ts';

export function npsSurvey(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Post-purchase NPS',
    status: 'open',
    definition: {
      title: { en: 'How was your purchase?', zh: '购物体验调查' },
      intro: { en: 'Two quick questions.', zh: '两个小问题。' },
      thank_you: { en: 'Thank you for your feedback!', zh: '感谢您的反馈！' },
      default_lang: 'en',
      questions: [
        { id: 'nps', type: 'nps', title: { en: 'How likely are you to recommend us?', zh: '您向朋友推荐我们的可能性有多大？' }, required: true, rules: [{ op: 'gte', value: 9, goto: 'end' }] },
        { id: 'why', type: 'text', title: { en: 'What should we improve?', zh: '我们应该改进什么？' }, required: true },
        { id: 'topics', type: 'multiple', title: { en: 'What was it about?', zh: '涉及哪些方面？' }, required: false, options: [{ id: 'delivery', label: { en: 'Delivery', zh: '配送' } }, { id: 'staff', label: { en: 'Staff', zh: '店员' } }] },
      ],
    },
    ...overrides,
  };
}

export async function createSurvey(owner: Client, body: object = npsSurvey()) {
  const response = await owner.post('/api/v1/surveys', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; kiosk_path: string; definition: unknown };
}

export async function createLink(owner: Client, surveyId: string, body: object = {}) {
  const response = await owner.post(`/api/v1/surveys/${surveyId}/links`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { url: string; token: string; personal: boolean };
}

export const session = (suffix: string) => `session-${suffix}-${'x'.repeat(16)}`.slice(0, 64);

