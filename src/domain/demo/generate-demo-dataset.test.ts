import { describe, expect, it } from 'vitest';
import { breakpointStories } from './corpus/breakpoints.ts';
import { generateDemoDataset, generateLabelledDemoDataset, type DemoFeedback, type DemoSource } from './generate-demo-dataset.ts';

const DAY_MS = 86_400_000;
const now = new Date('2025-11-20T02:00:00.000Z');
const { dataset, labels } = generateLabelledDemoDataset({ now, seed: 42 });
const feedback = dataset.feedback;
const share = (predicate: (item: DemoFeedback, index: number) => boolean) => feedback.filter(predicate).length / feedback.length;
const daysBefore = (item: DemoFeedback) => (now.getTime() - Date.parse(item.occurred_at)) / DAY_MS;
const netPromoterScore = (items: DemoFeedback[]) => {
  const scored = items.filter((item) => item.nps !== undefined);
  const promoters = scored.filter((item) => (item.nps as number) >= 9).length;
  const detractors = scored.filter((item) => (item.nps as number) <= 6).length;
  return (100 * (promoters - detractors)) / scored.length;
};

describe('generateDemoDataset', () => {
  it('gives the same dataset for the same seed and now, and another for another seed', () => {
    expect(generateDemoDataset({ now, seed: 42 })).toEqual(dataset);
    expect(JSON.stringify(generateDemoDataset({ now, seed: 42 }))).toBe(JSON.stringify(dataset));
    expect(generateDemoDataset({ now, seed: 43 }).feedback).not.toEqual(feedback);
    expect(generateDemoDataset({ now })).toEqual(generateDemoDataset({ now }));
  });

  it('generates the requested number of items, 3000 by default', () => {
    expect(feedback).toHaveLength(3000);
    expect(generateDemoDataset({ now, seed: 1, feedbackCount: 250 }).feedback).toHaveLength(250);
    expect(generateDemoDataset({ now, seed: 1, feedbackCount: 0 }).feedback).toHaveLength(0);
  });

  it('rejects options it cannot honour', () => {
    expect(() => generateDemoDataset({ now, feedbackCount: -1 })).toThrow(/feedbackCount/);
    expect(() => generateDemoDataset({ now, feedbackCount: 1.5 })).toThrow(/feedbackCount/);
    expect(() => generateDemoDataset({ now: new Date('not a date') })).toThrow(/now/);
  });

  it('generates 3000 items well under a second', () => {
    const started = performance.now();
    generateDemoDataset({ now, seed: 7 });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the demo world', () => {
  it('has the channels of a car brand selling online and in stores', () => {
    expect(dataset.channels.map((channel) => channel.key).sort()).toEqual(['app', 'call_centre', 'email', 'sms', 'social', 'store', 'website', 'wechat']);
    expect(dataset.organisation.name).toContain('Aurora Motors');
  });

  it('maps the car buying journey in order, each stage with 2 to 4 touchpoints on known channels', () => {
    const car = dataset.journeys.find((journey) => journey.key === 'car_purchase');
    expect(car?.stages.map((stage) => stage.key)).toEqual(['discover', 'configure_online', 'test_drive', 'purchase', 'after_sales']);
    const channelKeys = new Set(dataset.channels.map((channel) => channel.key));
    const touchpointKeys: string[] = [];
    for (const stage of dataset.journeys.flatMap((journey) => journey.stages)) {
      expect(stage.touchpoints.length).toBeGreaterThanOrEqual(2);
      expect(stage.touchpoints.length).toBeLessThanOrEqual(4);
      for (const touchpoint of stage.touchpoints) {
        expect(channelKeys.has(touchpoint.channel)).toBe(true);
        expect(touchpoint.metrics.length).toBeGreaterThan(0);
        touchpointKeys.push(touchpoint.key);
      }
    }
    expect(new Set(touchpointKeys).size).toBe(touchpointKeys.length);
  });

  it('has one owner and users whose teams exist', () => {
    const teamKeys = new Set(dataset.teams.map((team) => team.key));
    expect(dataset.users.filter((user) => user.role === 'owner')).toHaveLength(1);
    expect(new Set(dataset.users.map((user) => user.email)).size).toBe(dataset.users.length);
    for (const user of dataset.users) if (user.team) expect(teamKeys.has(user.team)).toBe(true);
  });
});

describe('feedback items', () => {
  it('refer only to known channels and touchpoints', () => {
    const channelKeys = new Set(dataset.channels.map((channel) => channel.key));
    const touchpoints = new Set(dataset.journeys.flatMap((j) => j.stages.flatMap((s) => s.touchpoints.map((t) => `${j.key}/${s.key}/${t.key}`))));
    for (const item of feedback) {
      expect(channelKeys.has(item.channel)).toBe(true);
      if (item.touchpoint) expect(touchpoints.has(`${item.touchpoint.journey}/${item.touchpoint.stage}/${item.touchpoint.touchpoint}`)).toBe(true);
    }
    expect(share((item) => item.touchpoint === null)).toBeLessThan(0.1);
  });

  it('arrive through sources that fit their channel', () => {
    const allowed: Record<DemoSource, string[]> = {
      survey: ['sms', 'email', 'app', 'wechat', 'website', 'store'],
      review: ['social', 'website'],
      social: ['social'],
      ticket: ['email', 'call_centre'],
      chat: ['website', 'app', 'wechat'],
      call: ['call_centre'],
      import: ['store'],
      api: ['app'],
    };
    for (const item of feedback) expect(allowed[item.source]).toContain(item.channel);
  });

  it('have stable external ids, unique per source', () => {
    const ids = feedback.map((item) => item.external_id);
    for (const item of feedback) expect(item.external_id).toMatch(new RegExp(`^demo-${item.source}-\\d{6}$`));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('happen in the twelve months before now, in time order, more of them lately', () => {
    for (const item of feedback) {
      expect(new Date(item.occurred_at).toISOString()).toBe(item.occurred_at);
      expect(daysBefore(item)).toBeGreaterThanOrEqual(0);
      expect(daysBefore(item)).toBeLessThanOrEqual(365);
    }
    const times = feedback.map((item) => Date.parse(item.occurred_at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const oldestQuarter = feedback.filter((item) => daysBefore(item) > 273).length;
    const latestQuarter = feedback.filter((item) => daysBefore(item) <= 91).length;
    expect(latestQuarter).toBeGreaterThan(oldestQuarter * 1.4);
  });

  it('have texts of 5 to 300 characters that rarely repeat, and some score-only survey answers', () => {
    const texts = feedback.flatMap((item) => (item.text === undefined ? [] : [item.text]));
    for (const text of texts) {
      expect(text.length).toBeGreaterThanOrEqual(5);
      expect(text.length).toBeLessThanOrEqual(300);
    }
    expect(texts.length / feedback.length).toBeGreaterThan(0.8);
    expect(new Set(texts).size / texts.length).toBeGreaterThan(0.85);
    const scoreOnly = feedback.filter((item) => item.text === undefined);
    expect(scoreOnly.length).toBeGreaterThan(0);
    for (const item of scoreOnly) expect(item.source).toBe('survey');
    expect(texts.some((text) => text.length > 150)).toBe(true);
    expect(texts.some((text) => text.length < 15)).toBe(true);
  });

  it('carry metadata a dashboard can slice by', () => {
    for (const item of feedback) {
      expect(typeof item.metadata.city).toBe('string');
      expect(typeof item.metadata.model).toBe('string');
      if (item.channel === 'store') expect(item.metadata.store).toMatch(/中心$/);
      for (const value of Object.values(item.metadata)) expect(typeof value).toBe('string');
    }
  });
});

describe('ratings', () => {
  const ranges = { nps: [0, 10], csat: [1, 5], ces: [1, 7], stars: [1, 5] } as const;
  const metricsOf = new Map(dataset.journeys.flatMap((j) => j.stages.flatMap((s) => s.touchpoints.map((t) => [t.key, t.metrics] as const))));

  it('are integers in range, and only the metrics the touchpoint carries', () => {
    for (const item of feedback) {
      for (const metric of ['nps', 'csat', 'ces', 'stars'] as const) {
        const value = item[metric];
        if (value === undefined) continue;
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(ranges[metric][0]);
        expect(value).toBeLessThanOrEqual(ranges[metric][1]);
        if (item.touchpoint) expect(metricsOf.get(item.touchpoint.touchpoint)).toContain(metric);
        else expect(metric).toBe('stars');
      }
      if (item.source === 'survey') expect(['nps', 'csat', 'ces', 'stars'].some((metric) => metric in item)).toBe(true);
      if (item.source === 'social' || item.source === 'ticket') expect(['nps', 'csat', 'ces', 'stars'].some((metric) => metric in item)).toBe(false);
    }
  });

  it('agree with the sentiment of the words', () => {
    feedback.forEach((item, index) => {
      const { sentiment } = labels[index] as (typeof labels)[number];
      if (item.nps !== undefined && sentiment === 'negative') expect(item.nps).toBeLessThanOrEqual(6);
      if (item.nps !== undefined && sentiment === 'positive') expect(item.nps).toBeGreaterThanOrEqual(7);
      if (item.csat !== undefined && sentiment === 'negative') expect(item.csat).toBeLessThanOrEqual(3);
      if (item.csat !== undefined && sentiment === 'positive') expect(item.csat).toBeGreaterThanOrEqual(4);
    });
  });

  it('give an NPS between +10 and +25, best when configuring online, worse at purchase and after-sales', () => {
    const stage = (key: string) => netPromoterScore(feedback.filter((item) => item.touchpoint?.stage === key));
    expect(netPromoterScore(feedback)).toBeGreaterThanOrEqual(10);
    expect(netPromoterScore(feedback)).toBeLessThanOrEqual(25);
    expect(stage('configure_online')).toBeGreaterThan(stage('test_drive'));
    expect(stage('test_drive')).toBeGreaterThan(stage('purchase'));
    expect(stage('configure_online')).toBeGreaterThan(stage('after_sales') + 15);
  });
});

describe('what customers say', () => {
  const cjk = /[\u4e00-\u9fff]/;
  // Chinese texts may still name the App, the PDI check, an order number or an e-mail address.
  const englishWords = (text: string) =>
    (text.replace(/\S+@\S+/g, '').replace(/SO-\d{4}-\d{5}/g, '').match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !['App', 'PDI'].includes(word));

  it('is about 65% Chinese, 30% English and 5% mixed, and the words match the language', () => {
    const langShare = (lang: string) => labels.filter((label) => label.lang === lang).length / labels.length;
    expect(langShare('zh')).toBeGreaterThan(0.6);
    expect(langShare('zh')).toBeLessThan(0.7);
    expect(langShare('en')).toBeGreaterThan(0.25);
    expect(langShare('en')).toBeLessThan(0.35);
    expect(langShare('mixed')).toBeGreaterThan(0.03);
    expect(langShare('mixed')).toBeLessThan(0.08);
    feedback.forEach((item, index) => {
      const text = item.text;
      if (text === undefined) return;
      const lang = labels[index]?.lang;
      if (lang === 'en') expect(text).not.toMatch(cjk);
      if (lang === 'zh') expect([text, englishWords(text)]).toEqual([expect.stringMatching(cjk), []]);
      if (lang === 'mixed') expect([text, englishWords(text).length > 0]).toEqual([expect.stringMatching(cjk), true]);
    });
  });

  it('is roughly 45% positive, 20% neutral and 35% negative', () => {
    const sentimentShare = (sentiment: string) => labels.filter((label) => label.sentiment === sentiment).length / labels.length;
    expect(sentimentShare('positive')).toBeGreaterThan(0.4);
    expect(sentimentShare('positive')).toBeLessThan(0.5);
    expect(sentimentShare('neutral')).toBeGreaterThan(0.15);
    expect(sentimentShare('neutral')).toBeLessThan(0.25);
    expect(sentimentShare('negative')).toBeGreaterThan(0.3);
    expect(sentimentShare('negative')).toBeLessThan(0.4);
  });

  it('tells cross-channel breakpoint stories in 8–12% of items, naming both channels', () => {
    expect(share((_, index) => labels[index]?.breakpoint !== null)).toBeGreaterThan(0.08);
    expect(share((_, index) => labels[index]?.breakpoint !== null)).toBeLessThan(0.12);
    const texts = feedback.map((item) => item.text ?? '');
    for (const recognisable of [
      /App上预约了.*没有预约记录/,
      /网上申请的退款，门店说不归他们管/,
      /The store couldn't see the order I placed on the website/,
      /客服让我去门店，门店又让我打客服电话/,
      /I had to explain everything again when the chat transferred me to the call centre/,
    ]) {
      expect(texts.some((text) => recognisable.test(text))).toBe(true);
    }
  });

  it('writes every breakpoint story so that both of its channels are named', () => {
    const mentions: Record<string, RegExp> = {
      // The brand's online chat lives in the app: 'the chat' names the app channel.
      app: /App|app|小程序|mini program|chat|在线客服/,
      website: /官网|网上|website|online/,
      store: /门店|到店|店里|store|showroom|service centre|中心/,
      call_centre: /客服|热线|电话|hotline|call centre|phone/,
      wechat: /公众号|微信|WeChat|小程序|mini program/,
      email: /邮件|email/,
    };
    for (const story of breakpointStories) {
      for (const text of [...story.zh, ...story.en, ...story.mixed]) {
        expect(text, story.key).toMatch(mentions[story.from] as RegExp);
        expect(text, story.key).toMatch(mentions[story.to] as RegExp);
      }
    }
  });

  it('spikes with delivery delays about two months ago and failed app payments about three weeks ago', () => {
    const about = (theme: string) => feedback.filter((_, index) => labels[index]?.themes.includes(theme));
    const perDay = (items: DemoFeedback[], from: number, to: number) => items.filter((item) => daysBefore(item) >= from && daysBefore(item) < to).length / (to - from);
    const delays = about('delivery_delay');
    expect(perDay(delays, 49, 71)).toBeGreaterThan(4 * perDay(delays, 90, 365));
    const payments = about('payment');
    expect(perDay(payments, 20, 23)).toBeGreaterThan(5 * perDay(payments, 30, 365));
  });

  it('sometimes writes a phone number or e-mail into the text, for redaction to catch', () => {
    const pii = /1[3-9]\d[ -]?\d{4}[ -]?\d{4}|[\w.]+@[\w.]+\.example/;
    const withPii = feedback.filter((item) => pii.test(item.text ?? ''));
    expect(withPii.length / feedback.length).toBeGreaterThan(0.01);
    expect(withPii.length / feedback.length).toBeLessThan(0.05);
    feedback.forEach((item, index) => expect(pii.test(item.text ?? '')).toBe(labels[index]?.pii_in_text));
  });
});

describe('customers', () => {
  const identifierKinds = ['phone', 'email', 'member_id', 'wechat_openid', 'order_id'] as const;

  it('are about 800 people, most of them heard on more than one channel', () => {
    const channelsOf = new Map<number, Set<string>>();
    feedback.forEach((item, index) => {
      const customer = labels[index]?.customer;
      if (customer === null || customer === undefined) return;
      channelsOf.set(customer, (channelsOf.get(customer) ?? new Set()).add(item.channel));
    });
    expect(channelsOf.size).toBeGreaterThan(650);
    expect(channelsOf.size).toBeLessThan(850);
    const multiChannel = [...channelsOf.values()].filter((channels) => channels.size >= 2).length;
    expect(multiChannel / channelsOf.size).toBeGreaterThan(0.5);
  });

  it('leave identifiers that recur across channels and always belong to one person', () => {
    const owner = new Map<string, number>();
    const channelsOfPhone = new Map<string, Set<string>>();
    feedback.forEach((item, index) => {
      const customer = labels[index]?.customer;
      for (const kind of identifierKinds) {
        const value = item.customer[kind];
        if (value === undefined) continue;
        expect(customer).not.toBeNull();
        const key = `${kind}:${value}`;
        if (!owner.has(key)) owner.set(key, customer as number);
        expect(owner.get(key)).toBe(customer);
      }
      if (item.customer.phone) channelsOfPhone.set(item.customer.phone, (channelsOfPhone.get(item.customer.phone) ?? new Set()).add(item.channel));
    });
    expect([...channelsOfPhone.values()].filter((channels) => channels.size >= 2).length).toBeGreaterThan(100);
  });

  it('look like Chinese and international customers of a Chinese brand', () => {
    const ids = feedback.map((item) => item.customer);
    for (const id of ids) {
      if (id.phone) expect(id.phone).toMatch(/^\+86 1[3-9]\d{9}$/);
      if (id.member_id) expect(id.member_id).toMatch(/^AM-\d{6}$/);
      if (id.order_id) expect(id.order_id).toMatch(/^SO-\d{4}-\d{5}$/);
      if (id.wechat_openid) expect(id.wechat_openid).toMatch(/^o[\w-]{27}$/);
      if (id.email) expect(id.email).toMatch(/^[a-z0-9._]+@[a-z0-9]+\.example$/);
    }
    expect(ids.some((id) => id.wechat_openid && id.member_id)).toBe(true);
    expect(share((item) => Object.keys(item.customer).length === 0)).toBeLessThan(0.3);
  });
});
