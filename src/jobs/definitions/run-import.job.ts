// Runs a file import queued from the dashboard. A crashed run is retried from the start: rows already
// imported come back as duplicates, so nothing is stored twice.
import { RUN_IMPORT_JOB, runImportPayloadSchema } from '../../domain/imports/import-job.ts';
import { runImport } from '../../domain/imports/run-import.ts';
import { defineJob } from '../job-definition.ts';

export const runImportJob = defineJob({
  name: RUN_IMPORT_JOB,
  payload: runImportPayloadSchema,
  handler: async (payload, { db, log }) => {
    const result = await runImport(db, payload.orgId, payload.importId);
    if (result) {
      log.info(
        { importId: result.id, status: result.status, created: result.rowsCreated, duplicates: result.rowsDuplicate, failed: result.rowsFailed },
        'import finished',
      );
    }
  },
});
