// What `npm start` does on an empty database: offer the demo organisation (loaded unless declined,
// so a first look shows a working product) and say how to sign in.
import type pg from 'pg';
import type { Config } from '../config.ts';
import { loadDemo } from '../domain/demo/load-demo.ts';
import { hasAnyOrganisation } from '../domain/orgs/has-any-organisation.ts';
import { askYesNo } from './prompt.ts';

export async function prepareFirstRun(db: pg.Pool, cfg: Config): Promise<string | undefined> {
  if (await hasAnyOrganisation(db)) return undefined;
  const wantDemo = cfg.demo === 'yes' || (cfg.demo === 'ask' && (await askYesNo('First run: load the demo organisation (a car brand, 12 months of feedback)?', true)));
  if (!wantDemo) {
    return [
      '  First run: create your organisation and its owner with',
      '    npx openvoc user create --org "Your company" --email you@example.com --name "Your Name" --role owner',
      '  (it prints a generated password unless you pass --password), then sign in at the URL above.',
      '',
    ].join('\n');
  }
  const demo = await loadDemo(db, { now: new Date() });
  return [
    `  Demo organisation "${demo.organisationName}" loaded with ${demo.feedbackCount} feedback items.`,
    '  Sign in with:',
    `    e-mail:   ${demo.owner.email}`,
    `    password: ${demo.password}`,
    `  (all demo users share this password; change it with: npx openvoc user set-password --email ${demo.owner.email})`,
    '',
  ].join('\n');
}
