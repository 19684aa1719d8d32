// File import: upload (multipart, streamed to disk), preview with the mapping step, start as a
// background job, follow progress, download the error report.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importListSchema, importSettingsSchema, previewQuerySchema } from '../../domain/imports/imports.schema.ts';
import { cancelImport, deleteImport, getImport, importErrors, listImports } from '../../domain/imports/manage-imports.ts';
import { previewImport } from '../../domain/imports/preview-import.ts';
import { describeImportError } from '../../domain/imports/run-import.ts';
import { startImport } from '../../domain/imports/start-import.ts';
import { uploadImportFile } from '../../domain/imports/upload-import-file.ts';
import { AppError } from '../../errors.ts';
import { actorOf } from '../authenticate.ts';
import { presentImport, presentImportPreview } from '../presenters/imports.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function importRoutes(app: FastifyInstance, { db, config }: RouteDeps): Promise<void> {
  const params = z.object({ id: z.uuid() });

  // Multipart is parsed only here, and streamed: the upload never sits in memory.
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: config.importMaxFileBytes, files: 1, fields: 10, parts: 12 } });
    scope.post('/imports', {
      schema: {
        tags: ['imports'],
        summary: 'Upload a CSV, XLSX or JSON Lines file (multipart/form-data, field "file"); returns the import, waiting for its mapping',
        consumes: ['multipart/form-data'],
      },
      handler: async (request, reply) => {
        const actor = actorOf(request);
        if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Upload the file as multipart/form-data in a field named "file".');
        const file = await request.file();
        if (!file) throw new AppError('validation_failed', 'No file in the upload: send it in a field named "file".');
        const created = await uploadImportFile(db, actor, { name: file.filename, stream: file.file, truncated: () => file.file.truncated }, { directory: config.importDir, maxBytes: config.importMaxFileBytes });
        return reply.status(201).send(presentImport(created));
      },
    });
  });

  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get('/imports', {
    schema: { tags: ['imports'], summary: 'Imports, newest first, with their progress', querystring: importListSchema },
    handler: async (request) => ({ items: (await listImports(db, actorOf(request), request.query)).map(presentImport) }),
  });

  routes.get('/imports/:id', {
    schema: { tags: ['imports'], summary: 'One import with its progress', params },
    handler: async (request) => presentImport(await getImport(db, actorOf(request), request.params.id)),
  });

  routes.get('/imports/:id/preview', {
    schema: { tags: ['imports'], summary: 'Columns, first rows and suggested mapping of an uploaded file (encoding= to try another)', params, querystring: previewQuerySchema },
    handler: async (request) => presentImportPreview(await previewImport(db, actorOf(request), request.params.id, request.query)),
  });

  routes.post('/imports/:id/start', {
    schema: {
      tags: ['imports'],
      summary: 'Start the import with a source, channel and column mapping; it runs as a background job',
      description: 'mapping: feedback field → file column, e.g. {"text":"body","external_id":"id","identifiers.phone":"mobile","metadata.store":"store"}.',
      params,
      body: importSettingsSchema,
    },
    handler: async (request, reply) => reply.status(202).send(presentImport(await startImport(db, actorOf(request), request.params.id, request.body))),
  });

  routes.post('/imports/:id/cancel', {
    schema: { tags: ['imports'], summary: 'Stop a queued or running import (rows already imported stay)', params },
    handler: async (request) => presentImport(await cancelImport(db, actorOf(request), request.params.id)),
  });

  routes.delete('/imports/:id', {
    schema: { tags: ['imports'], summary: 'Remove a finished or never-started import from the list (its feedback stays)', params },
    handler: async (request, reply) => {
      await deleteImport(db, actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  });

  routes.get('/imports/:id/errors', {
    schema: {
      tags: ['imports'],
      summary: 'The row-level error report: CSV (row, field, column, message) by default, or JSON with ?format=json',
      params,
      querystring: z.object({ format: z.enum(['csv', 'json']).default('csv') }),
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const row = await getImport(db, actor, request.params.id);
      const format = (request.query as { format?: string }).format === 'json' ? 'json' : 'csv';
      if (format === 'json') {
        const items = [];
        for await (const error of importErrors(db, actor, row.id)) {
          items.push({ row_number: error.rowNumber, field: error.field, column: error.field ? (row.mapping?.[error.field] ?? null) : null, message: error.message, text: describeImportError(error, row.mapping) });
        }
        return { error_count: row.errorCount, stored: items.length, items };
      }
      const lines = ['\uFEFFrow,field,column,message'];
      for await (const error of importErrors(db, actor, row.id)) {
        lines.push([String(error.rowNumber), error.field ?? '', error.field ? (row.mapping?.[error.field] ?? '') : '', error.message].map(csvCell).join(','));
      }
      const base = row.fileName.replace(/\.[^.]+$/, '');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${encodeURIComponent(`${base}-errors.csv`)}"; filename*=UTF-8''${encodeURIComponent(`${base}-errors.csv`)}`)
        .send(`${lines.join('\r\n')}\r\n`);
    },
  });
}

// A cell starting with = + - @ would run as a formula when the report is opened in a spreadsheet.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
