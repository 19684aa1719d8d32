// The import job's contract: which organisation's which import to run.
import { z } from 'zod';

export const RUN_IMPORT_JOB = 'imports:run';
export const runImportPayloadSchema = z.object({ orgId: z.uuid(), importId: z.uuid() });
