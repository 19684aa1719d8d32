// `openvoc analyze`: the text engine as a Unix filter, JSONL in, JSONL out, no database needed.
import type { Command } from 'commander';
import { runAnalyzeStream } from '../../domain/text/index.ts';

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('analyse JSONL {id, text, channel?} from stdin; write JSONL results to stdout')
    .action(async () => {
      const { lines, errors } = await runAnalyzeStream(process.stdin, process.stdout);
      process.stderr.write(`analyzed ${lines - errors} item(s), ${errors} error(s)\n`);
      if (errors > 0) process.exitCode = 2;
    });
}
