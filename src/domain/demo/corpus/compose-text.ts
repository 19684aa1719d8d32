// Turns one planned feedback item (where, how the customer feels, through which source) into the
// words a customer would write, from the phrase banks next to this file. Kept apart from the
// generator so the wording can be tuned without touching how items are spread over time and people.
import type { DemoSource, Random } from '../generate-demo-dataset.ts';
import type { BreakpointStory } from './breakpoints.ts';
import { codeSwitchTerms, englishTails, mixedTemplates } from './code-switching.ts';
import { callOpeners, closers, contactLines, endings, hedges, neutralRemarks, oneLiners, openers, socialTags, ticketGreetings, type Lang, type Sentiment } from './framing.ts';
import type { DemoModel, DemoPlatform, DemoStore } from './places-and-people.ts';
import type { ScenarioTouchpoint, ThemeKey } from './scenario.ts';
import { makeSlots } from './slots.ts';
import { enDeliveryBacklog, enPaymentOutage, enThemes } from './themes-en.ts';
import { zhDeliveryBacklog, zhPaymentOutage, zhThemes } from './themes-zh.ts';

export type ThemeBank = Record<ThemeKey, { pos: string[]; neg: string[] }>;
export type TextLang = Lang | 'mixed';
export type Incident = 'delivery_backlog' | 'payment_outage';

/** The concrete facts of the item that words may refer to. */
export interface TextScene {
  store: DemoStore;
  model: DemoModel;
  orderId: string;
  occurredAt: number;
  platform: DemoPlatform;
}

export interface TextRequest {
  lang: TextLang;
  sentiment: Sentiment;
  source: DemoSource;
  /** Where the feedback is about; null for the brand in general. */
  place: { journey: string; stage: string; touchpoint: ScenarioTouchpoint } | null;
  story: BreakpointStory | null;
  incident: Incident | null;
  scene: TextScene;
  /** Personal data the customer writes into the text, if any. */
  contact: { phone: string } | { email: string } | null;
}

export interface ComposedText {
  text: string;
  themes: ThemeKey[];
}

const MAX_TEXT_LENGTH = 300;
const banks: Record<Lang, ThemeBank> = { zh: zhThemes, en: enThemes };
const incidentLines: Record<Incident, Record<Lang, string[]>> = {
  delivery_backlog: { zh: zhDeliveryBacklog, en: enDeliveryBacklog },
  payment_outage: { zh: zhPaymentOutage, en: enPaymentOutage },
};
const incidentThemes: Record<Incident, ThemeKey> = { delivery_backlog: 'delivery_delay', payment_outage: 'payment' };
const brandThemes: ThemeKey[] = ['product_quality', 'price_fees', 'staff_attitude', 'communication'];

/** A piece of text; `drop` > 0 marks it optional, the highest dropped first when a text runs long. */
interface Segment {
  text: string;
  drop: number;
}

export function composeText(rng: Random, request: TextRequest): ComposedText {
  if (request.lang !== 'mixed') return composeIn(rng, request, request.lang);
  const slots = makeSlots(rng, request.scene, request.place, 'zh');
  if (request.story && rng.chance(0.7)) return { text: fill(rng.pick(request.story.mixed), slots), themes: [...request.story.themes] };
  const templates = fitting(mixedTemplates[request.sentiment], placeTags(request));
  if (!request.story && !request.incident && templates.length > 0 && rng.chance(0.5)) {
    // Ready-made mixed lines are not tied to a theme, so they claim none rather than a wrong one.
    return { text: fill(rng.pick(templates), slots), themes: [] };
  }
  const chinese = composeIn(rng, { ...request, contact: null }, 'zh');
  return { text: codeSwitch(rng, chinese.text, request.sentiment), themes: chinese.themes };
}

function composeIn(rng: Random, request: TextRequest, lang: Lang): ComposedText {
  const slots = makeSlots(rng, request.scene, request.place, lang);
  const tags = placeTags(request);
  const themes: ThemeKey[] = [];
  const segments: Segment[] = [];
  const { sentiment } = request;
  const opener = () => rng.pick(openers[request.place?.touchpoint.key ?? 'brand']?.[lang] ?? ['']);
  const closer = () => rng.pick(closers[lang][sentiment]);
  const oneLiner = (feeling: Sentiment) => reEnd(rng, rng.pick(oneLiners[lang][feeling]), lang, feeling);
  const clause = (polarity: 'pos' | 'neg', avoid?: ThemeKey) => {
    const found = pickClause(rng, lang, request.place?.touchpoint.themes ?? brandThemes, tags, polarity, avoid);
    if (found) themes.push(found.theme);
    return found?.text ?? oneLiner(polarity === 'pos' ? 'positive' : 'negative');
  };

  if (request.story) {
    segments.push({ text: rng.pick(request.story[lang]), drop: 0 });
    themes.push(...request.story.themes);
    if (rng.chance(0.35)) segments.push({ text: clause('neg', request.story.themes[0]), drop: 2 });
    if (rng.chance(0.5)) segments.push({ text: closer(), drop: 3 });
  } else if (request.incident) {
    if (rng.chance(0.3)) segments.push({ text: opener(), drop: 1 });
    segments.push({ text: rng.pick(incidentLines[request.incident][lang]), drop: 0 });
    themes.push(incidentThemes[request.incident]);
    if (rng.chance(0.5)) segments.push({ text: closer(), drop: 3 });
  } else {
    const shape = rng.weighted(shapeWeights[request.source]);
    const remarks = fitting(neutralRemarks[lang], tags);
    if (shape === 'one_liner') {
      segments.push({ text: oneLiner(sentiment), drop: 0 });
    } else if (sentiment === 'neutral' && remarks.length > 0 && rng.chance(0.35)) {
      if (shape !== 'clause') segments.push({ text: opener(), drop: 1 });
      segments.push({ text: rng.pick(remarks), drop: 0 });
    } else {
      if (shape !== 'clause') segments.push({ text: opener(), drop: 1 });
      if (sentiment === 'neutral') segments.push({ text: contrast(lang, clause('pos'), clause('neg')), drop: 0 });
      else segments.push({ text: clause(sentiment === 'positive' ? 'pos' : 'neg'), drop: 0 });
      // A lone remark gets a lead-in, or the survey box fills with identical lines.
      const remark = segments[segments.length - 1] as Segment;
      if (shape === 'clause' && rng.chance(0.5)) remark.text = hedge(rng, remark.text, lang);
      if (shape === 'story' && sentiment !== 'neutral') segments.push({ text: clause(sentiment === 'positive' ? 'pos' : 'neg', themes[0]), drop: 2 });
      if (rng.chance(shape === 'clause' ? 0.25 : 0.5)) segments.push({ text: closer(), drop: 3 });
    }
    const last = segments[segments.length - 1] as Segment;
    if (shape !== 'one_liner' && !request.contact && rng.chance(0.4)) last.text = reEnd(rng, last.text, lang, sentiment);
  }
  wrapForSource(rng, request, lang, sentiment, segments);
  if (request.contact) {
    const lines = 'phone' in request.contact ? contactLines[lang].phone : contactLines[lang].email;
    segments.push({ text: rng.pick(lines), drop: 0 });
  }
  return { text: assemble(segments, lang, { ...slots, ...contactSlots(request.contact) }), themes: [...new Set(themes)] };
}

type Shape = 'one_liner' | 'clause' | 'scene' | 'story';
const shape = (one_liner: number, clause: number, scene: number, story: number): Array<[Shape, number]> => [
  ['one_liner', one_liner],
  ['clause', clause],
  ['scene', scene],
  ['story', story],
];
// Survey comment boxes get one-liners; tickets and calls tell the whole story.
const shapeWeights: Record<DemoSource, Array<[Shape, number]>> = {
  survey: shape(0.18, 0.3, 0.36, 0.16),
  review: shape(0.1, 0.3, 0.35, 0.25),
  social: shape(0.15, 0.35, 0.35, 0.15),
  ticket: shape(0, 0.2, 0.4, 0.4),
  call: shape(0, 0.25, 0.4, 0.35),
  chat: shape(0.05, 0.35, 0.4, 0.2),
  import: shape(0.3, 0.4, 0.3, 0),
  api: shape(0.15, 0.4, 0.35, 0.1),
};

/** What a [tag,…] prefix may name: the touchpoint's channel, journey, stage or key, or 'brand'. */
function placeTags(request: TextRequest): string[] {
  const place = request.place;
  return place ? [place.touchpoint.channel, place.journey, place.stage, place.touchpoint.key] : ['brand'];
}

// The same few dozen (bank, place) pairs are filtered thousands of times; remember each answer.
const fittingCache = new WeakMap<string[], Map<string, string[]>>();

/** The lines that may be said here, tags removed. */
function fitting(lines: string[], tags: string[]): string[] {
  const key = tags.join(',');
  let byPlace = fittingCache.get(lines);
  if (!byPlace) fittingCache.set(lines, (byPlace = new Map()));
  const cached = byPlace.get(key);
  if (cached) return cached;
  const usable: string[] = [];
  for (const line of lines) {
    const tag = /^\[([a-z_,]+)\]/.exec(line);
    if (!tag || (tag[1] ?? '').split(',').some((name) => tags.includes(name))) usable.push(stripTag(line));
  }
  byPlace.set(key, usable);
  return usable;
}

function pickClause(rng: Random, lang: Lang, themes: ThemeKey[], tags: string[], polarity: 'pos' | 'neg', avoid?: ThemeKey) {
  // Earlier themes are the typical ones for the touchpoint, so they come up more often.
  const candidates = themes
    .map((theme, index) => ({ theme, lines: fitting(banks[lang][theme][polarity], tags), weight: 1 / (index + 1) }))
    .filter((candidate) => candidate.lines.length > 0 && candidate.theme !== avoid);
  if (candidates.length === 0) return null;
  const chosen = rng.weighted(candidates.map((candidate) => [candidate, candidate.weight] as const));
  return { theme: chosen.theme, text: rng.pick(chosen.lines) };
}

const stripTag = (line: string) => line.replace(/^\[[a-z_,]+\]\s*/, '');

function contrast(lang: Lang, praise: string, complaint: string): string {
  if (lang === 'zh') return `${praise.replace(/[。！]$/, '')}，不过${complaint}`;
  return `${praise} Only downside: ${complaint}`;
}

function wrapForSource(rng: Random, request: TextRequest, lang: Lang, sentiment: Sentiment, segments: Segment[]): void {
  if (request.source === 'social' && rng.chance(0.5)) {
    const tag = rng.pick(socialTags[lang][sentiment]);
    if (lang === 'zh' && rng.chance(0.5)) segments.unshift({ text: `${tag} `, drop: 4 });
    else segments.push({ text: ` ${tag}`, drop: 4 });
  }
  if (request.source === 'call' && sentiment !== 'positive' && rng.chance(0.4)) segments.unshift({ text: rng.pick(callOpeners[lang]), drop: 4 });
  if (request.source === 'ticket' && rng.chance(0.4)) segments.unshift({ text: rng.pick(ticketGreetings[lang]), drop: 4 });
}

function assemble(segments: Segment[], lang: Lang, slots: Record<string, string>): string {
  const render = (parts: Segment[]) => {
    const filled = parts.map((part) => fill(part.text, slots)).map((part) => (lang === 'en' ? capitalise(part) : part));
    const joined = lang === 'zh' ? filled.join('') : filled.join(' ');
    return joined.replace(/ {2,}/g, ' ').replace(/ \n/g, '\n').replace(/\n /g, '\n').trim();
  };
  let kept = segments;
  let text = render(kept);
  while (text.length > MAX_TEXT_LENGTH && kept.some((part) => part.drop > 0)) {
    const highest = Math.max(...kept.map((part) => part.drop));
    const index = kept.findIndex((part) => part.drop === highest);
    kept = kept.filter((_, i) => i !== index);
    text = render(kept);
  }
  return text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const properNounStart = /^(I\b|I'|Kevin|Lily|Jason|Amy|Vivian|Agent|Mr\.|WeChat|Aurora|Taobao|App\b)/;

function hedge(rng: Random, text: string, lang: Lang): string {
  const lead = rng.pick(hedges[lang]);
  if (lang === 'zh') return lead + text;
  return lead + (properNounStart.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));
}

/** Swaps the final punctuation for another ending, unless that leaves a too-short text. */
function reEnd(rng: Random, text: string, lang: Lang, sentiment: Sentiment): string {
  const bare = text.replace(/[。！!.~…]+$/, '');
  const ended = bare + rng.pick(endings[lang][sentiment]);
  return ended.length >= 5 ? ended : text;
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

function contactSlots(contact: TextRequest['contact']): Record<string, string> {
  if (!contact) return {};
  return 'phone' in contact ? { phone: contact.phone } : { email: contact.email };
}

function codeSwitch(rng: Random, text: string, sentiment: Sentiment): string {
  let switched = text;
  let count = 0;
  for (const [chinese, english] of codeSwitchTerms) {
    // Store names stay whole: nobody writes "徐汇 experience 中心".
    const term = new RegExp(`${chinese}(?!中心)`);
    if (count < 3 && term.test(switched) && rng.chance(0.55)) {
      switched = switched.replace(term, ` ${english} `);
      count++;
    }
  }
  if (count === 0) switched += rng.pick(englishTails[sentiment]);
  // Bilingual writers put spaces around English words, never next to Chinese punctuation.
  return switched
    .replace(/ {2,}/g, ' ')
    .replace(/ ?([，。！？：；、）])/g, '$1')
    .replace(/([，。！？：；、（]) /g, '$1')
    .trim()
    .slice(0, MAX_TEXT_LENGTH);
}
