// `openvoc themes …` and `openvoc analyze` as a user runs them.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase } from '../support/test-database.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let env: Record<string, string>;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url };
  dir = await mkdtemp(path.join(os.tmpdir(), 'openvoc-themes-'));
  const created = await runCli(['user', 'create', '--org', 'Themes Co', '--email', 'owner@themes.example', '--name', 'Owner', '--password', 'long-enough-pw'], env);
  expect(created.code).toBe(0);
});
afterAll(() => database.drop());

describe('openvoc themes', () => {
  it('trains custom themes from a JSONL file and shows them', async () => {
    const lines = [
      ...['refund not received', 'where is my refund', 'refund still pending', 'money back please'].map((text) => ({ text, themes: ['refund'] })),
      ...['app keeps crashing', 'the app crashed at login', 'app freezes on start', 'crash when paying'].map((text) => ({ text, themes: ['app_crash'] })),
    ];
    const file = path.join(dir, 'examples.jsonl');
    await writeFile(file, lines.map((line) => JSON.stringify(line)).join('\n'));
    const trained = await runCli(['themes', 'train', file], env);
    expect(trained.stderr).toBe('');
    expect(trained.stdout).toContain('Trained custom themes on 8 examples: 2 themes.');
    const shown = JSON.parse((await runCli(['themes', 'show'], env)).stdout);
    expect(shown.customThemes).toMatchObject({ examples: 8, themes: { refund: 4, app_crash: 4 } });
    expect(shown.isDefaultTaxonomy).toBe(true);
  });

  it('names the line and field of bad examples', async () => {
    const file = path.join(dir, 'bad.jsonl');
    await writeFile(file, ['{"text": "fine", "themes": ["a"]}', '{"text": "no themes"}', 'not json'].join('\n'));
    const result = await runCli(['themes', 'train', file], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 2, field themes');
  });

  it('rejects an invalid taxonomy file with the reason', async () => {
    const file = path.join(dir, 'taxonomy.json');
    await writeFile(file, JSON.stringify({ themes: [{ id: 'x', label_en: 'X', label_zh: 'X', patterns: ['(oops'] }] }));
    const result = await runCli(['themes', 'set-taxonomy', file], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('themes[0].patterns[0]');
  });
});

describe('openvoc analyze', () => {
  it('turns JSONL on stdin into analysed JSONL on stdout', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: '网上申请的退货门店不给办，太失望了', channel: 'store' }),
      JSON.stringify({ id: 'b', text: 'Quick delivery and friendly staff, thank you!' }),
      '{broken',
    ].join('\n');
    const result = await runCli(['analyze'], {}, input);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'a', lang: 'zh', sentiment: { label: 'negative' } });
    expect(lines[0].breakpoint).not.toBeNull();
    expect(lines[1]).toMatchObject({ id: 'b', lang: 'en', sentiment: { label: 'positive' } });
    expect(lines[2].error.code).toBe('invalid_json');
    expect(result.code).toBe(2);
  });
});
