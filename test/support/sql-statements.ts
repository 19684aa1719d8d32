// Records the SQL text of every statement any pg client sends while `work` runs (the app under test
// runs in the test's process), so a test can count round trips or check that a read was skipped.
import pg from 'pg';

export async function sqlStatementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  const client = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  client.query = function (this: unknown, ...args: unknown[]) {
    statements.push(String((args[0] as { text?: string })?.text ?? args[0]));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  try {
    await work();
  } finally {
    client.query = original as never;
  }
  return statements;
}
