// Builds the dashboard and the widget when their output is missing or older than their sources, so
// `npm start` and `npm test` work on a fresh clone without a separate build command.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const targets = [
  { name: 'dashboard', config: 'web/vite.config.ts', output: 'web/dist/index.html', sources: ['web/src', 'web/index.html', 'web/vite.config.ts', 'widget/src', 'src/domain/surveys/survey-flow.ts'] },
  { name: 'widget', config: 'widget/vite.config.ts', output: 'widget/dist/widget.js', sources: ['widget/src', 'widget/vite.config.ts', 'src/domain/surveys/survey-flow.ts'] },
];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((child) => newestChange(path.join(entry, child))));
}

for (const target of targets) {
  const builtAt = existsSync(target.output) ? statSync(target.output).mtimeMs : 0;
  if (builtAt > Math.max(...target.sources.map(newestChange))) continue;
  console.log(`Building the ${target.name}…`);
  const result = spawnSync('npx', ['vite', 'build', '--config', target.config, '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
