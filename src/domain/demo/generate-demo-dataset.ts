// Builds the Aurora Motors demo world in memory: a believable year of Chinese and English feedback
// across channels, with recurring customers, two incidents and cross-channel breakpoints, so a new
// install has something worth exploring. Pure and seeded: the same seed and `now` always give the
// same dataset, which keeps demos and tests reproducible. Storing it is the demo loader's job.
import { AppError } from '../../errors.ts';
import { breakpointStories, type BreakpointStory } from './corpus/breakpoints.ts';
import { composeText, type Incident, type TextLang } from './corpus/compose-text.ts';
import { chooseCustomer, createCustomerPool, orderFor, revealIdentity, socialHandle, storeFor, writtenPhone, type DemoCustomerProfile } from './corpus/customers.ts';
import { chooseRoute, identifierOdds } from './corpus/feedback-routes.ts';
import type { Sentiment } from './corpus/framing.ts';
import { socialPlatforms, storeReviewPlatform } from './corpus/places-and-people.ts';
import { ratingsFor } from './corpus/ratings.ts';
import { demoChannels, demoTeams, demoUsers, organisationName, presentJourneys, scenarioJourneys, type Mood, type ScenarioJourney, type ScenarioStage, type ScenarioTouchpoint } from './corpus/scenario.ts';
import { incidents, isShoppingFestival, sampleIncidentMoment, sampleRegularMoment } from './corpus/timeline.ts';

export type DemoMetric = 'nps' | 'csat' | 'ces' | 'stars';
export type DemoSource = 'survey' | 'review' | 'social' | 'ticket' | 'chat' | 'call' | 'import' | 'api';
export interface DemoDatasetOptions {
  seed?: number;
  now: Date;
  /** Default 3000. */
  feedbackCount?: number;
}
export interface DemoChannel {
  key: string;
  name_en: string;
  name_zh: string;
  kind: 'digital' | 'physical' | 'assisted' | 'messaging' | 'social';
}
export interface DemoTouchpoint {
  key: string;
  name_en: string;
  name_zh: string;
  channel: string;
  metrics: DemoMetric[];
}
export interface DemoStage {
  key: string;
  name_en: string;
  name_zh: string;
  touchpoints: DemoTouchpoint[];
}
export interface DemoJourney {
  key: string;
  name_en: string;
  name_zh: string;
  description: string;
  stages: DemoStage[];
}
export interface DemoUser {
  email: string;
  name: string;
  role: 'owner' | 'admin' | 'analyst' | 'agent' | 'viewer';
  locale: 'zh-CN' | 'en';
  team?: string;
}
export interface DemoTeam {
  key: string;
  name: string;
}
export interface DemoFeedback {
  source: DemoSource;
  channel: string;
  touchpoint: { journey: string; stage: string; touchpoint: string } | null;
  external_id: string;
  occurred_at: string;
  nps?: number;
  csat?: number;
  ces?: number;
  stars?: number;
  text?: string;
  customer: DemoCustomerIds;
  metadata: Record<string, string>;
}
export interface DemoCustomerIds {
  phone?: string;
  email?: string;
  member_id?: string;
  wechat_openid?: string;
  order_id?: string;
  name?: string;
}
export interface DemoDataset {
  organisation: { name: string };
  channels: DemoChannel[];
  journeys: DemoJourney[];
  users: DemoUser[];
  teams: DemoTeam[];
  feedback: DemoFeedback[];
}

/** What the generator meant each item to be: ground truth for tests and for judging the text analytics. */
export interface DemoFeedbackLabel {
  /** Index of the person behind the item; null when nothing in the item identifies them. */
  customer: number | null;
  lang: TextLang;
  sentiment: Sentiment;
  themes: string[];
  breakpoint: { story: string; from: string; to: string } | null;
  incident: Incident | null;
  pii_in_text: boolean;
}
export interface LabelledDemoDataset {
  dataset: DemoDataset;
  /** labels[i] describes dataset.feedback[i]. */
  labels: DemoFeedbackLabel[];
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T;
}

/** mulberry32: tiny, fast and good enough for demo data; nothing here may use Math.random. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of entries) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return random.pick(entries)[0];
    },
  };
  return random;
}

export const DEFAULT_DEMO_SEED = 20_240_917;
const DEFAULT_FEEDBACK_COUNT = 3000;
// A larger pool than the ~800 people who end up heard: some only ever post anonymously.
const FEEDBACK_PER_CUSTOMER = 3000 / 900;
const BREAKPOINT_SHARE_OF_REGULAR = 0.105;
const BRAND_LEVEL_SHARE = 0.06;
const SCORE_ONLY_SURVEY_SHARE = 0.22;
const PII_IN_TEXT_SHARE = 0.03;
const brandMood: Mood = { positive: 0.42, neutral: 0.24, negative: 0.34 };

export function generateDemoDataset(options: DemoDatasetOptions): DemoDataset {
  return generateLabelledDemoDataset(options).dataset;
}

export function generateLabelledDemoDataset(options: DemoDatasetOptions): LabelledDemoDataset {
  const now = options.now.getTime();
  const count = options.feedbackCount ?? DEFAULT_FEEDBACK_COUNT;
  if (!Number.isFinite(now)) throw new AppError('validation_failed', 'now must be a valid date');
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000) throw new AppError('validation_failed', 'feedbackCount must be an integer from 0 to 1,000,000');
  const rng = createRandom(options.seed ?? DEFAULT_DEMO_SEED);
  const customers = createCustomerPool(rng, Math.max(1, Math.round(count / FEEDBACK_PER_CUSTOMER)));
  const plans = planFeedback(rng, count, now).sort((a, b) => a.at - b.at);
  const built = plans.map((plan) => buildFeedback(rng, plan, customers));
  const sequence = new Map<DemoSource, number>();
  for (const { feedback } of built) {
    const next = (sequence.get(feedback.source) ?? 0) + 1;
    sequence.set(feedback.source, next);
    feedback.external_id = `demo-${feedback.source}-${String(next).padStart(6, '0')}`;
  }
  return {
    dataset: {
      organisation: { name: organisationName },
      channels: demoChannels.map((channel) => ({ ...channel })),
      journeys: presentJourneys(),
      users: demoUsers.map((user) => ({ ...user })),
      teams: demoTeams.map((team) => ({ ...team })),
      feedback: built.map((item) => item.feedback),
    },
    labels: built.map((item) => item.label),
  };
}

interface Place {
  journey: ScenarioJourney;
  stage: ScenarioStage;
  touchpoint: ScenarioTouchpoint;
}
interface Plan {
  at: number;
  place: Place | null;
  story: BreakpointStory | null;
  incident: Incident | null;
  sentiment: Sentiment;
}

const allPlaces: Place[] = scenarioJourneys.flatMap((journey) => journey.stages.flatMap((stage) => stage.touchpoints.map((touchpoint) => ({ journey, stage, touchpoint }))));
const placeWeight = (place: Place, festival: boolean) =>
  ((place.stage.weight * place.touchpoint.weight) / place.stage.touchpoints.reduce((sum, t) => sum + t.weight, 0)) * (festival && place.journey.key === 'accessories_shop' ? 2.5 : 1);
// Two fixed tables, one for shopping festivals (the accessories shop is busier) and one for the rest.
const placeWeights = [false, true].map((festival) => allPlaces.map((place) => [place, placeWeight(place, festival)] as const));
const moodEntries = (mood: Mood): Array<[Sentiment, number]> => [['positive', mood.positive], ['neutral', mood.neutral], ['negative', mood.negative]];

function findPlace(ref: BreakpointStory['touchpoint']): Place {
  const place = allPlaces.find((p) => p.journey.key === ref.journey && p.stage.key === ref.stage && p.touchpoint.key === ref.touchpoint);
  if (!place) throw new Error(`unknown demo touchpoint ${ref.journey}/${ref.stage}/${ref.touchpoint}`);
  return place;
}

/**
 * Decides when each item happens, what it is about and how the customer feels, before any words.
 * Incidents and breakpoint stories are complaints by nature, so they are always negative.
 */
function planFeedback(rng: Random, count: number, now: number): Plan[] {
  const plans: Plan[] = [];
  const incidentCounts = (Object.keys(incidents) as Incident[]).map((incident) => [incident, Math.round(count * incidents[incident].share)] as const);
  for (const [incident, incidentCount] of incidentCounts) {
    for (let i = 0; i < incidentCount && plans.length < count; i++) {
      const ref =
        incident === 'delivery_backlog'
          ? { journey: 'car_purchase', stage: 'purchase', touchpoint: 'delivery' }
          : rng.chance(0.65)
            ? { journey: 'car_purchase', stage: 'purchase', touchpoint: 'payment' }
            : { journey: 'accessories_shop', stage: 'order', touchpoint: 'checkout' };
      plans.push({ at: sampleIncidentMoment(rng, now, incident), place: findPlace(ref), story: null, incident, sentiment: 'negative' });
    }
  }
  const storyWeights = breakpointStories.map((story) => [story, story.weight] as const);
  while (plans.length < count) {
    const at = sampleRegularMoment(rng, now);
    if (rng.chance(BREAKPOINT_SHARE_OF_REGULAR)) {
      const story = rng.weighted(storyWeights);
      plans.push({ at, place: findPlace(story.touchpoint), story, incident: null, sentiment: 'negative' });
    } else if (rng.chance(BRAND_LEVEL_SHARE)) {
      plans.push({ at, place: null, story: null, incident: null, sentiment: rng.weighted(moodEntries(brandMood)) });
    } else {
      const place = rng.weighted(placeWeights[isShoppingFestival(at) ? 1 : 0] ?? []);
      plans.push({ at, place, story: null, incident: null, sentiment: rng.weighted(moodEntries(place.touchpoint.mood ?? place.stage.mood)) });
    }
  }
  return plans;
}

function buildFeedback(rng: Random, plan: Plan, customers: DemoCustomerProfile[]): { feedback: DemoFeedback; label: DemoFeedbackLabel } {
  const customerIndex = chooseCustomer(rng, customers, plan.place?.stage.progress ?? null);
  const customer = customers[customerIndex] as DemoCustomerProfile;
  const stage = plan.place?.stage;
  if (stage && stage.progress.advancesTo > customer.progress) customer.progress = stage.progress.advancesTo;
  const route = chooseRoute(rng, plan.place?.touchpoint.channel ?? null, plan.sentiment, customer.lang);
  const store = storeFor(customer, plan.place?.stage.key ?? null, plan.place?.touchpoint.key ?? null);
  const orderId = orderFor(customer, customerIndex, plan.place?.journey.key ?? null, plan.place?.stage.key ?? null, plan.at);
  const identity = revealIdentity(rng, identifierOdds[`${route.source}/${route.channel}`] ?? {}, customer, orderId);
  const lang: TextLang = rng.chance(customer.lang === 'zh' ? 0.06 : 0.03) ? 'mixed' : customer.lang;
  const ratings = ratingsFor(rng, route.source, plan.place?.touchpoint.metrics ?? null, plan.sentiment);
  const scoreOnly = route.source === 'survey' && Object.keys(ratings).length > 0 && rng.chance(SCORE_ONLY_SURVEY_SHARE);
  const social = route.source === 'social' || (route.source === 'review' && route.channel === 'social');
  const platform = social && plan.place?.touchpoint.channel === 'store' ? storeReviewPlatform : rng.pick(socialPlatforms);
  const known = Object.keys(identity).some((key) => key !== 'name');
  const contact = !scoreOnly && lang !== 'mixed' && rng.chance(PII_IN_TEXT_SHARE) ? (rng.chance(0.7) ? { phone: writtenPhone(rng, customer.phone) } : { email: customer.email }) : null;
  const composed = scoreOnly
    ? null
    : composeText(rng, {
        lang,
        sentiment: plan.sentiment,
        source: route.source,
        place: plan.place ? { journey: plan.place.journey.key, stage: plan.place.stage.key, touchpoint: plan.place.touchpoint } : null,
        story: plan.story,
        incident: plan.incident,
        scene: { store, model: customer.model, orderId: orderId ?? customer.carOrderId ?? customer.shopOrderId ?? '', occurredAt: plan.at, platform },
        contact,
      });
  const metadata: Record<string, string> = { city: customer.city.en, model: customer.model.name };
  if (plan.place?.touchpoint.channel === 'store' || route.channel === 'store') metadata.store = store.zh;
  if (social) Object.assign(metadata, { platform: platform.zh, author: socialHandle(rng, customer.lang) });
  if (route.source === 'survey' && plan.place) metadata.survey = `post_${plan.place.touchpoint.key}`;
  if (route.source === 'call') metadata.duration_s = String(rng.int(60, 900));
  if (route.source === 'ticket') metadata.priority = plan.sentiment === 'negative' && rng.chance(0.4) ? 'high' : 'normal';
  const feedback: DemoFeedback = {
    source: route.source,
    channel: route.channel,
    touchpoint: plan.place ? { journey: plan.place.journey.key, stage: plan.place.stage.key, touchpoint: plan.place.touchpoint.key } : null,
    external_id: '',
    occurred_at: new Date(plan.at).toISOString(),
    ...ratings,
    ...(composed ? { text: composed.text } : {}),
    customer: identity,
    metadata,
  };
  const label: DemoFeedbackLabel = {
    customer: known ? customerIndex : null,
    lang,
    sentiment: plan.sentiment,
    themes: composed?.themes ?? [],
    breakpoint: plan.story ? { story: plan.story.key, from: plan.story.from, to: plan.story.to } : null,
    incident: plan.incident,
    pii_in_text: contact !== null,
  };
  return { feedback, label };
}
