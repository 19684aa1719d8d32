// `openvoc migrate`: bring the database schema up to date (servers also do this at start).
import type { Command } from 'commander';
import { config } from '../../config.ts';
import { logger } from '../../logger.ts';
import { openDatabase } from '../database.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .action(async () => {
      const database = await openDatabase(config(), logger());
      await database.close();
      console.log('Database is up to date.');
    });
}
