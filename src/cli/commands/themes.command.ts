// `openvoc themes …`: an organisation's theme taxonomy and custom themes learned from examples.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { config } from '../../config.ts';
import { logger } from '../../logger.ts';
import { systemActor } from '../../domain/actor.ts';
import { resolveOrganisation } from '../../domain/orgs/resolve-organisation.ts';
import { getTextSettings } from '../../domain/text-settings/get-text-settings.ts';
import { parseLabelledExamples } from '../../domain/text-settings/parse-labelled-examples.ts';
import { removeOrgCustomThemes, trainOrgCustomThemes } from '../../domain/text-settings/train-org-custom-themes.ts';
import { updateTaxonomy } from '../../domain/text-settings/update-taxonomy.ts';
import { AppError } from '../../errors.ts';
import { openDatabase } from '../database.ts';

async function withOrg<T>(orgName: string | undefined, work: (db: import('pg').Pool, orgId: string) => Promise<T>): Promise<T> {
  const database = await openDatabase(config(), logger());
  try {
    const org = await resolveOrganisation(database.pool, orgName);
    return await work(database.pool, org.id);
  } finally {
    await database.close();
  }
}

export function registerThemesCommand(program: Command): void {
  const themes = program.command('themes').description("manage an organisation's themes (taxonomy and custom themes)");
  const orgOption = ['--org <name>', 'organisation (needed when there is more than one)'] as const;

  themes
    .command('train')
    .argument('<file>', 'JSON Lines of {"text": "...", "themes": ["..."]}')
    .description('learn custom themes from labelled examples; history is re-analysed in the background')
    .option(...orgOption)
    .action(async (file: string, options: { org?: string }) => {
      const examples = parseLabelledExamples(await readFile(file, 'utf8'));
      const result = await withOrg(options.org, (db, orgId) => trainOrgCustomThemes(db, systemActor(orgId), examples));
      console.log(`Trained custom themes on ${result.examples} examples: ${Object.keys(result.themes).length} themes.`);
    });

  themes
    .command('show')
    .description('print the taxonomy (JSON) and the custom theme summary')
    .option(...orgOption)
    .action(async (options: { org?: string }) => {
      const settings = await withOrg(options.org, (db, orgId) => getTextSettings(db, systemActor(orgId)));
      console.log(JSON.stringify(settings, null, 2));
    });

  themes
    .command('set-taxonomy')
    .argument('<file>', 'taxonomy JSON (see docs/text-analytics.md); "default" restores the built-in one')
    .description('replace the theme taxonomy; history is re-analysed in the background')
    .option(...orgOption)
    .action(async (file: string, options: { org?: string }) => {
      const taxonomy = file === 'default' ? null : await readJsonFile(file);
      await withOrg(options.org, (db, orgId) => updateTaxonomy(db, systemActor(orgId), taxonomy));
      console.log(file === 'default' ? 'Default taxonomy restored.' : 'Taxonomy updated.');
    });

  themes
    .command('remove-custom')
    .description('remove the custom theme model')
    .option(...orgOption)
    .action(async (options: { org?: string }) => {
      await withOrg(options.org, (db, orgId) => removeOrgCustomThemes(db, systemActor(orgId)));
      console.log('Custom themes removed.');
    });
}

async function readJsonFile(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new AppError('validation_failed', `${file}: ${(error as Error).message}`);
  }
}
