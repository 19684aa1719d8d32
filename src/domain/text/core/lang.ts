// Language by script: Han characters vs Latin letters, with a check that Latin text is English.
// Japanese (kana) and Korean (hangul) are "other" even though Japanese uses Han characters.

export type Lang = 'zh' | 'en' | 'mixed' | 'other';

// Frequent English function words; a Latin text with several words and none of these is
// probably another language written in Latin script (French, Spanish, pinyin ...).
const EN_COMMON = new Set(
  'the a an and or but not no is are was were be been am i you he she it we they my your our their me him her us them this that these those to of in on at for with from by as about into over after before than then so if when why how what who which do does did done have has had can could will would should may might must just very too really only also still again more most all any some there here out up down off get got go went make made take took see saw know want need like love hate good bad great thanks thank please help service order'.split(
    ' ',
  ),
);

export interface ScriptCounts {
  han: number;
  latin: number;
  kana: number;
  hangul: number;
  otherLetters: number;
}

export function countScripts(text: string): ScriptCounts {
  const r: ScriptCounts = { han: 0, latin: 0, kana: 0, hangul: 0, otherLetters: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) r.latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) r.han++;
    else if (c >= 0x3040 && c <= 0x30ff) r.kana++;
    else if (c >= 0xac00 && c <= 0xd7af) r.hangul++;
    else if (c >= 0xc0 && c <= 0x24f) r.latin++;
    else if ((c >= 0x370 && c <= 0x1fff) || (c >= 0x600 && c <= 0x6ff)) r.otherLetters++;
  }
  return r;
}

function looksEnglish(text: string): boolean {
  let words = 0;
  let hits = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    const letter = (c >= 0x61 && c <= 0x7a) || c === 0x27;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      words++;
      if (EN_COMMON.has(text.slice(start, i).toLowerCase())) hits++;
      start = -1;
    }
  }
  // Short texts ("OK", "refund pls") are given the benefit of the doubt.
  return words < 4 || hits > 0;
}

export function detectLang(text: string): Lang {
  const s = countScripts(text);
  // A Chinese character carries about as much as a 3-letter English word.
  const zh = s.han * 3;
  const total = zh + s.latin + (s.kana + s.hangul) * 3 + s.otherLetters;
  if (total === 0) return 'other';
  if (s.kana * 3 > total * 0.2 || s.hangul * 3 > total * 0.2 || s.otherLetters > total * 0.5) return 'other';
  const zhShare = zh / total;
  const latinShare = s.latin / total;
  if (zhShare >= 0.8) return 'zh';
  if (latinShare >= 0.8) return looksEnglish(text) ? 'en' : 'other';
  if (zhShare >= 0.2 && latinShare >= 0.2) return 'mixed';
  return zhShare > latinShare ? 'zh' : looksEnglish(text) ? 'en' : 'other';
}
