// `openvoc user create` and `openvoc user set-password`: account administration without the dashboard,
// including creating the very first owner of a new installation.
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { config } from '../../config.ts';
import { logger } from '../../logger.ts';
import { createAccount } from '../../domain/orgs/create-account.ts';
import { setPasswordByEmail } from '../../domain/users/set-password-by-email.ts';
import { openDatabase } from '../database.ts';

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage user accounts');

  user
    .command('create')
    .description('create a user; with --org naming a new organisation, creates it with this user as owner')
    .requiredOption('--email <email>', 'e-mail address (the login)')
    .requiredOption('--name <name>', 'display name')
    .option('--role <role>', 'owner | admin | analyst | agent | viewer', 'owner')
    .option('--org <name>', 'organisation name (needed when there is more than one)')
    .option('--password <password>', 'password (min. 8 characters); generated and printed when omitted')
    .option('--locale <locale>', 'zh-CN | en', 'zh-CN')
    .action(async (options: { email: string; name: string; role: string; org?: string; password?: string; locale: string }) => {
      const password = options.password ?? generatedPassword();
      const database = await openDatabase(config(), logger());
      try {
        const created = await createAccount(database.pool, { ...options, password });
        console.log(`Created ${created.user.role} ${created.user.email} in "${created.orgName}"${created.orgCreated ? ' (new organisation)' : ''}.`);
        if (!options.password) console.log(`Password: ${password}`);
      } finally {
        await database.close();
      }
    });

  user
    .command('set-password')
    .description('set a new password for a user (ends their sessions)')
    .requiredOption('--email <email>', 'the user’s e-mail address')
    .option('--password <password>', 'new password; generated and printed when omitted')
    .action(async (options: { email: string; password?: string }) => {
      const password = options.password ?? generatedPassword();
      const database = await openDatabase(config(), logger());
      try {
        await setPasswordByEmail(database.pool, options.email, password);
        console.log(`Password changed for ${options.email}.${options.password ? '' : `\nPassword: ${password}`}`);
      } finally {
        await database.close();
      }
    });
}

function generatedPassword(): string {
  return randomBytes(12).toString('base64url');
}
