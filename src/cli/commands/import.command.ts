// `openvoc import FILE`: imports reviews, tickets, chats, call transcripts… from CSV, XLSX or JSON Lines,
// with a progress bar and a row-level error summary. Exit code 2 when some rows failed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import cliProgress from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import { config } from '../../config.ts';
import { isAppError } from '../../errors.ts';
import { logger } from '../../logger.ts';
import { systemActor } from '../../domain/actor.ts';
import { feedbackSources } from '../../domain/feedback/feedback.schema.ts';
import { importLocalFile } from '../../domain/imports/import-local-file.ts';
import { parseMappingOption } from '../../domain/imports/imports.schema.ts';
import { importErrors } from '../../domain/imports/manage-imports.ts';
import { describeImportError } from '../../domain/imports/run-import.ts';
import { resolveOrganisation } from '../../domain/orgs/resolve-organisation.ts';
import { openDatabase } from '../database.ts';

const SHOWN_ERRORS = 20;

interface ImportOptions {
  source: string;
  channel: string;
  map: Record<string, string>;
  encoding?: string;
  timezone?: string;
  org?: string;
  errors?: string;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import feedback from a CSV, XLSX or JSON Lines file (streamed: any size)')
    .argument('<file>', 'the file (.csv, .tsv, .txt, .xlsx, .jsonl, .ndjson)')
    .requiredOption('--source <source>', feedbackSources.join(' | '))
    .requiredOption('--channel <channel>', 'channel key, e.g. call_centre (a column mapped to "channel" overrides it per row)')
    .requiredOption('--map <field=column,...>', 'columns to fields: text=body,external_id=id,occurred_at=date,nps=score,identifiers.phone=mobile,metadata.store=store', parseMap)
    .option('--encoding <name>', 'text encoding of a CSV/JSONL file (detected when omitted): utf-8, gbk, gb18030, big5, …')
    .option('--timezone <zone>', 'time zone of dates without an offset (default Asia/Shanghai), e.g. UTC, Europe/Berlin, +08:00')
    .option('--org <name>', 'organisation name (needed when there is more than one)')
    .option('--errors <file>', 'write every row error to this CSV file')
    .addHelpText(
      'after',
      `
Without an external_id column, each row's content is hashed into its external id, so importing the
same file again creates nothing twice. Rows with problems are skipped and listed as
"row N, field F: message"; the other rows are imported.

Example:
  openvoc import calls.csv --source call --channel call_centre \\
    --map text=transcript,external_id=call_id,occurred_at=started,identifiers.phone=caller,metadata.agent=agent`,
    )
    .action(async (file: string, options: ImportOptions) => {
      const database = await openDatabase(config(), logger());
      let exitCode = 0;
      try {
        const org = await resolveOrganisation(database.pool, options.org);
        const bar = new cliProgress.SingleBar(
          {
            format: 'Importing |{bar}| {percentage}% | {rows} rows: {created} new, {duplicates} duplicates, {failed} failed',
            stream: process.stderr,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        let started = false;
        const result = await importLocalFile(
          database.pool,
          systemActor(org.id),
          file,
          { source: options.source, channel: options.channel, mapping: options.map, encoding: options.encoding, timezone: options.timezone },
          {
            onProgress: (progress) => {
              const payload = { rows: progress.rowsRead, created: progress.rowsCreated, duplicates: progress.rowsDuplicate, failed: progress.rowsFailed };
              if (!started) {
                bar.start(progress.fileSize, 0, payload);
                started = true;
              }
              bar.update(progress.bytesRead, payload);
            },
          },
        ).catch((error: unknown) => {
          if (isAppError(error) && error.code === 'validation_failed' && Array.isArray(error.details)) {
            const lines = (error.details as Array<{ path: string; message: string }>).map((problem) => `  ${problem.path || 'input'}: ${problem.message}`);
            throw Object.assign(new Error(`${error.message}\n${lines.join('\n')}`), { cli: true });
          }
          throw error;
        });
        if (started) {
          bar.update(result.fileSize);
          bar.stop();
        }
        console.log(
          `${result.status === 'completed' ? 'Imported' : 'Import failed:'} ${result.fileName}: ${result.rowsRead} rows read — ${result.rowsCreated} new, ` +
            `${result.rowsDuplicate} already there, ${result.rowsFailed} failed.`,
        );
        if (result.failure) console.error(`openvoc: ${result.failure}`);
        await reportErrors(database.pool, org.id, result.id, result.errorCount, result.mapping, options.errors);
        if (result.status !== 'completed') exitCode = 1;
        else if (result.rowsFailed > 0) exitCode = 2;
      } catch (error) {
        if (!(error as { cli?: boolean }).cli) throw error;
        console.error(`openvoc: ${(error as Error).message}`);
        exitCode = 1;
      } finally {
        await database.close();
      }
      // Said explicitly: scripts tell "some rows failed" (2) from "nothing was imported" (1).
      if (exitCode !== 0) process.exit(exitCode);
    });
}

async function reportErrors(pool: Parameters<typeof importErrors>[0], orgId: string, importId: string, count: number, mapping: Record<string, string> | null, errorsFile?: string): Promise<void> {
  if (count === 0) return;
  const out = errorsFile ? createWriteStream(errorsFile, { encoding: 'utf8' }) : undefined;
  out?.write('\uFEFFrow,field,column,message\r\n');
  let shown = 0;
  console.error(`${count} problem${count === 1 ? '' : 's'}:`);
  for await (const error of importErrors(pool, systemActor(orgId), importId)) {
    if (shown < SHOWN_ERRORS) console.error(`  ${describeImportError(error, mapping)}`);
    shown += 1;
    const column = error.field ? (mapping?.[error.field] ?? '') : '';
    out?.write(`${[String(error.rowNumber), error.field ?? '', column, error.message].map(csvCell).join(',')}\r\n`);
    if (!out && shown >= SHOWN_ERRORS) break;
  }
  if (count > SHOWN_ERRORS) console.error(`  … and ${count - SHOWN_ERRORS} more${out ? '' : ' (write them all with --errors report.csv)'}.`);
  if (out) {
    out.end();
    await once(out, 'finish');
    console.error(`All problems written to ${errorsFile}.`);
  }
}

function parseMap(value: string): Record<string, string> {
  try {
    return parseMappingOption(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

// A cell starting with = + - @ would run as a formula when the report is opened in a spreadsheet.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
