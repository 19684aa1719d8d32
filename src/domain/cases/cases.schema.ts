// Shapes of case input (open, filters, assign, status, notes, linking) and routing rules. The same
// schemas validate the API, the CLI, jobs and the demo loader, and describe the OpenAPI document.
import { z } from 'zod';
import { priorities } from './case-settings.ts';
import { caseStatuses } from './cases.repo.ts';

const feedbackIds = z.array(z.uuid()).min(1, 'give at least one feedback item').max(50, 'at most 50 feedback items per request');
const caseTitle = z.string().trim().min(1).max(300);

export const openCaseSchema = z
  .object({
    feedback_ids: feedbackIds,
    title: caseTitle.optional(),
    priority: z.enum(priorities).default('normal'),
    team_id: z.uuid().optional(),
    assignee_id: z.uuid().optional(),
    note: z.string().trim().min(1).max(5000).optional(),
  })
  .strict();
export type OpenCaseInput = z.output<typeof openCaseSchema>;

export const caseQueues = ['mine', 'team', 'all'] as const;
export type CaseQueue = (typeof caseQueues)[number];

export const caseFilterSchema = z
  .object({
    queue: z.enum(caseQueues).optional(),
    // open: every status before resolved.
    status: z.enum(['open', ...caseStatuses]).optional(),
    priority: z.enum(priorities).optional(),
    team_id: z.uuid().optional(),
    assignee_id: z.uuid().optional(),
    customer_id: z.uuid().optional(),
    breached: z.enum(['true', 'false']).optional(),
    q: z.string().trim().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type CaseFilter = z.output<typeof caseFilterSchema>;

export const updateCaseSchema = z
  .object({ title: caseTitle.optional(), priority: z.enum(priorities).optional() })
  .strict()
  .refine((input) => input.title !== undefined || input.priority !== undefined, { message: 'give a title or a priority', path: ['title'] });
export type UpdateCaseInput = z.output<typeof updateCaseSchema>;

export const assignCaseSchema = z
  .object({ team_id: z.uuid().nullable().optional(), assignee_id: z.uuid().nullable().optional(), reason: z.string().trim().max(500).optional() })
  .strict()
  .refine((input) => input.team_id !== undefined || input.assignee_id !== undefined, { message: 'give a team_id or an assignee_id', path: ['team_id'] });
export type AssignCaseInput = z.output<typeof assignCaseSchema>;

export const changeCaseStatusSchema = z
  .object({
    status: z.enum(caseStatuses),
    root_cause: z.string().trim().min(1).max(200).optional(),
    resolution_code: z.string().trim().min(1).max(100).optional(),
    resolution_note: z.string().trim().max(5000).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.status !== 'resolved') return;
    if (!input.root_cause) context.addIssue({ code: 'custom', path: ['root_cause'], message: 'give the root cause when resolving' });
    if (!input.resolution_code) context.addIssue({ code: 'custom', path: ['resolution_code'], message: 'give the resolution code when resolving' });
  });
export type ChangeCaseStatusInput = z.output<typeof changeCaseStatusSchema>;

export const caseNoteSchema = z.object({ body: z.string().trim().min(1).max(5000) }).strict();

export const linkCaseFeedbackSchema = z.object({ feedback_ids: feedbackIds }).strict();

const conditionList = (max: number) => z.array(z.string().trim().min(1).max(max)).max(100).default([]);

export const routingConditionsSchema = z
  .object({
    themes: conditionList(100),
    channels: conditionList(50),
    touchpoint_ids: z.array(z.uuid()).max(100).default([]),
    locations: conditionList(200),
    tiers: conditionList(100),
    languages: conditionList(20),
  })
  .strict();
export type RoutingConditions = z.output<typeof routingConditionsSchema>;

export const assignmentModes = ['round_robin', 'least_loaded', 'team_queue'] as const;
export type AssignmentMode = (typeof assignmentModes)[number];

export const routingRuleSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    enabled: z.boolean().default(true),
    conditions: routingConditionsSchema.default({ themes: [], channels: [], touchpoint_ids: [], locations: [], tiers: [], languages: [] }),
    team_id: z.uuid(),
    assignment: z.enum(assignmentModes).default('round_robin'),
    // Raise the case to at least this priority when the rule matches.
    priority: z.enum(priorities).nullable().default(null),
  })
  .strict();
export type RoutingRuleInput = z.output<typeof routingRuleSchema>;

export const reorderRoutingRulesSchema = z.object({ ids: z.array(z.uuid()).max(500) }).strict();
