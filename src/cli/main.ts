// The `openvoc` command line: every operation a self-hoster needs, each with --help.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.ts';
import { isAppError } from '../errors.ts';
import { registerAnalyzeCommand } from './commands/analyze.command.ts';
import { registerDemoCommand } from './commands/demo.command.ts';
import { registerImportCommand } from './commands/import.command.ts';
import { registerMigrateCommand } from './commands/migrate.command.ts';
import { registerServeCommands } from './commands/serve.command.ts';
import { registerThemesCommand } from './commands/themes.command.ts';
import { registerUserCommands } from './commands/user.command.ts';

const program = new Command('openvoc')
  .description('OpenVoC — self-hostable Voice-of-Customer platform')
  .showHelpAfterError()
  .exitOverride();

registerServeCommands(program);
registerMigrateCommand(program);
registerUserCommands(program);
registerDemoCommand(program);
registerAnalyzeCommand(program);
registerImportCommand(program);
registerThemesCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  // Expected failures get one clear line; anything else keeps its stack for the bug report.
  if (isAppError(error)) console.error(`openvoc: ${error.message}`);
  else if (error instanceof ConfigError) console.error(`openvoc: ${error.message}`);
  else console.error(error);
  process.exit(1);
}
