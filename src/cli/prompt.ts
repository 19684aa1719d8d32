// A yes/no question on the terminal; without a terminal (CI, a service manager) the default applies.
import { createInterface } from 'node:readline/promises';

export async function askYesNo(question: string, defaultAnswer: boolean): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return defaultAnswer;
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = (await readline.question(`${question} ${defaultAnswer ? '[Y/n]' : '[y/N]'} `)).trim().toLowerCase();
    return answer === '' ? defaultAnswer : answer.startsWith('y');
  } finally {
    readline.close();
  }
}
