// The re-survey job: one per case, keyed by the case so that resolving twice queues it once.
import { z } from 'zod';

export const SEND_RESURVEY_JOB = 'cases:send_resurvey';
export const sendResurveyJobPayload = z.object({ orgId: z.uuid(), caseId: z.uuid() });
export const resurveyJobKey = (caseId: string) => `${SEND_RESURVEY_JOB}:${caseId}`;
