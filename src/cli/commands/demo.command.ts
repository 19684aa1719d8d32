// `openvoc demo`: loads the demo organisation (a car brand with 12 months of feedback) for a tour.
import { InvalidArgumentError, type Command } from 'commander';
import { config } from '../../config.ts';
import { logger } from '../../logger.ts';
import { loadDemo } from '../../domain/demo/load-demo.ts';
import { openDatabase } from '../database.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('create the demo organisation with realistic zh/en feedback over 12 months')
    .option('--reset', 'delete an existing demo organisation first and load it again')
    .option('--items <count>', 'number of feedback items (1 to 200000)', parseItemCount, 3000)
    .action(async (options: { reset?: boolean; items: number }) => {
      const count = options.items;
      const database = await openDatabase(config(), logger());
      try {
        const demo = await loadDemo(database.pool, { now: new Date(), feedbackCount: count, reset: options.reset === true });
        console.log(`Demo organisation "${demo.organisationName}" loaded with ${demo.feedbackCount} feedback items.`);
        console.log(`Sign in as ${demo.owner.email} with password ${demo.password} (all demo users share it).`);
      } finally {
        await database.close();
      }
    });
}

function parseItemCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 200_000) throw new InvalidArgumentError('must be a whole number from 1 to 200000');
  return count;
}
