// What kind of file an upload is and how its text is encoded, from its name and first bytes. Exports
// from Chinese systems are often GBK/GB18030 (Excel's "CSV" on a Chinese Windows), Taiwanese and Hong
// Kong ones Big5; everything else should be UTF-8. The user can always override the guess.
import { open } from 'node:fs/promises';
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type ImportFormat = 'csv' | 'xlsx' | 'jsonl';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['csv', 'xlsx', 'jsonl'];

const SAMPLE_BYTES = 64 * 1024;

export async function readSample(filePath: string, bytes = SAMPLE_BYTES): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function detectFormat(fileName: string, sample: Buffer): ImportFormat | undefined {
  if (sample.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (extension === 'xlsx') return 'xlsx';
  if (['jsonl', 'ndjson', 'json'].includes(extension)) return 'jsonl';
  if (['csv', 'tsv', 'txt'].includes(extension)) return 'csv';
  const start = sample.toString('latin1').trimStart();
  if (start.startsWith('{')) return 'jsonl';
  return sample.includes(0) ? undefined : 'csv';
}

/** An iconv-lite name for the sample's encoding. */
export function detectEncoding(sample: Buffer): string {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  if (isUtf8(sample)) return 'utf-8';
  const candidates = chardet.analyse(sample);
  const best = candidates[0];
  // Short Chinese samples are often scored as Big5, EUC-KR or Shift_JIS by a hair: a GB18030 guess
  // close behind wins, since GB18030 is what most Chinese exports are in.
  const gb = candidates.find((candidate) => candidate.name === 'GB18030');
  if (gb && best && best.name !== 'Big5' && best.confidence - gb.confidence <= 15) return 'gb18030';
  return normaliseEncoding(best?.name ?? 'utf-8') ?? 'utf-8';
}

/** The canonical iconv-lite name, or undefined for an encoding it cannot decode. */
export function normaliseEncoding(name: string): string | undefined {
  const lowered = name.trim().toLowerCase();
  const aliases: Record<string, string> = { utf8: 'utf-8', gb2312: 'gbk', 'iso-8859-1': 'windows-1252', latin1: 'windows-1252', big5hkscs: 'big5-hkscs' };
  const canonical = aliases[lowered] ?? lowered;
  return iconv.encodingExists(canonical) ? canonical : undefined;
}

function isUtf8(sample: Buffer): boolean {
  // The sample may end inside a character: ignore an incomplete last sequence.
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back]!;
    if ((byte & 0xc0) === 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (back < needed) end -= back;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Comma, semicolon (European Excel) or tab: whichever the header line uses most. */
export function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t', '|'].map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}
