// The shapes of surveys and responses as the API, the builder and the respondent pages send them.
import { z } from 'zod';
import { identifierKinds } from '../feedback/feedback.schema.ts';
import type { SurveyDefinition } from './survey-flow.ts';

export const MAX_QUESTIONS = 50;
export const MAX_OPTIONS = 30;

const text = (max: number) => z.string().trim().max(max).optional();
const texts = (max: number) =>
  z
    .object({ en: text(max), zh: text(max) })
    .strict()
    .refine((value) => Boolean(value.en || value.zh), 'give an English or a Chinese text');
const optionalTexts = (max: number) => z.object({ en: text(max), zh: text(max) }).strict().optional();
const key = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'must be 1–40 lowercase letters, digits, - or _');

const questionSchema = z
  .object({
    id: key,
    type: z.enum(['nps', 'csat', 'ces', 'stars', 'single', 'multiple', 'text']),
    title: texts(500),
    required: z.boolean().default(false),
    options: z.array(z.object({ id: key, label: texts(200) }).strict()).max(MAX_OPTIONS).optional(),
    rules: z
      .array(
        z
          .object({
            op: z.enum(['lte', 'gte', 'eq', 'includes', 'answered']),
            value: z.union([z.number(), z.string().max(40)]).optional(),
            goto: z.string().min(1).max(40),
          })
          .strict(),
      )
      .max(20)
      .optional(),
    low: optionalTexts(100),
    high: optionalTexts(100),
  })
  .strict()
  .superRefine((question, context) => {
    const isChoice = question.type === 'single' || question.type === 'multiple';
    if (isChoice && (question.options ?? []).length < 2) context.addIssue({ code: 'custom', path: ['options'], message: 'a choice question needs at least two options' });
    if (!isChoice && question.options?.length) context.addIssue({ code: 'custom', path: ['options'], message: 'only choice questions have options' });
    const ids = (question.options ?? []).map((option) => option.id);
    if (new Set(ids).size !== ids.length) context.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be distinct' });
  });

export const definitionSchema = z
  .object({
    title: texts(200),
    intro: optionalTexts(2000),
    thank_you: texts(1000),
    default_lang: z.enum(['en', 'zh-CN']).default('zh-CN'),
    questions: z.array(questionSchema).min(1, 'a survey needs at least one question').max(MAX_QUESTIONS),
  })
  .strict()
  .superRefine((definition, context) => {
    const position = new Map(definition.questions.map((question, index) => [question.id, index]));
    if (position.size !== definition.questions.length) context.addIssue({ code: 'custom', path: ['questions'], message: 'question ids must be distinct' });
    definition.questions.forEach((question, index) => {
      (question.rules ?? []).forEach((rule, ruleIndex) => {
        const target = position.get(rule.goto);
        // Forward-only jumps keep every path finite and every question reachable in order.
        if (rule.goto !== 'end' && (target === undefined || target <= index)) {
          context.addIssue({ code: 'custom', path: ['questions', index, 'rules', ruleIndex, 'goto'], message: 'must be "end" or the id of a later question' });
        }
        if (rule.op !== 'answered' && rule.value === undefined) {
          context.addIssue({ code: 'custom', path: ['questions', index, 'rules', ruleIndex, 'value'], message: 'this rule needs a value' });
        }
      });
    });
  });

const dateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });

const surveyFields = {
  name: z.string().trim().min(1).max(200),
  touchpoint_id: z.uuid().nullable().optional(),
  status: z.enum(['draft', 'open', 'closed']).default('draft'),
  opens_at: dateTime.nullable().optional(),
  closes_at: dateTime.nullable().optional(),
  definition: definitionSchema,
};

const scheduleIsOrdered = (value: { opens_at?: string | null; closes_at?: string | null }) =>
  !value.opens_at || !value.closes_at || new Date(value.closes_at) > new Date(value.opens_at);

export const createSurveySchema = z.object(surveyFields).strict().refine(scheduleIsOrdered, { message: 'must be after opens_at', path: ['closes_at'] });
export const updateSurveySchema = z
  .object({ ...surveyFields, status: surveyFields.status.optional(), name: surveyFields.name.optional(), definition: definitionSchema.optional() })
  .strict()
  .refine(scheduleIsOrdered, { message: 'must be after opens_at', path: ['closes_at'] });

export const identifiersSchema = z.partialRecord(z.enum(identifierKinds), z.string().trim().min(1).max(200));
export const linkChannels = ['email', 'sms', 'wechat', 'alipay', 'store', 'website', 'app', 'link'] as const;

export const createLinkSchema = z
  .object({
    channel: z.enum(linkChannels).default('link'),
    // Without identifiers the link is anonymous and may be answered many times (e.g. printed as a QR code).
    identifiers: identifiersSchema.optional(),
    personal: z.boolean().default(false),
  })
  .strict();

export const MAX_ANSWERS_BYTES = 64 * 1024;
export const submitAnswersSchema = z
  .object({
    answers: z.record(z.string().max(40), z.union([z.number(), z.string().max(5000), z.array(z.string().max(40)).max(30)])),
    completed: z.boolean().default(false),
    lang: z.enum(['en', 'zh-CN']).default('zh-CN'),
    // The respondent's own key (a random id made by the page): lets a page save partial answers and
    // resubmit without creating a second response.
    session: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16–64 letters, digits, - or _'),
    identifiers: identifiersSchema.optional(),
    channel: z.enum(['website', 'app']).optional(),
  })
  .strict();

export type CreateSurveyInput = z.output<typeof createSurveySchema>;
export type ValidDefinition = z.output<typeof definitionSchema> & SurveyDefinition;
export type SubmitAnswersInput = z.output<typeof submitAnswersSchema>;
