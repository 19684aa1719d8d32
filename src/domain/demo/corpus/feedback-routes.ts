// How feedback about a touchpoint reaches the brand: a survey link by SMS after a store visit, a chat
// in the app, a call to the hotline, a post on Xiaohongshu. Unhappy customers pick complaint routes
// (tickets, calls, social posts), happy ones answer surveys, which is why survey NPS runs higher
// than the mood in the complaint queue. Each route also decides which identifiers come with it.
import type { DemoSource, Random } from '../generate-demo-dataset.ts';
import type { Sentiment } from './framing.ts';
import type { ChannelKey } from './scenario.ts';

export interface FeedbackRoute {
  source: DemoSource;
  channel: ChannelKey;
  weight: Record<Sentiment, number>;
}

const route = (source: DemoSource, channel: ChannelKey, positive: number, neutral: number, negative: number): FeedbackRoute => ({
  source,
  channel,
  weight: { positive, neutral, negative },
});

/** Routes by the channel of the touchpoint the feedback is about; `none` for feedback about the brand. */
export const routesByTouchpointChannel: Record<ChannelKey | 'none', FeedbackRoute[]> = {
  website: [
    route('survey', 'website', 3, 3, 2),
    route('survey', 'email', 2, 2, 1.5),
    route('chat', 'website', 0.5, 1.5, 2.5),
    route('review', 'website', 1, 0.5, 0.8),
    route('social', 'social', 0.8, 0.3, 1.5),
    route('ticket', 'email', 0.1, 0.5, 1.5),
  ],
  app: [
    route('survey', 'app', 3, 3, 2),
    route('survey', 'sms', 1, 1, 1),
    route('chat', 'app', 0.5, 1.5, 2.5),
    route('api', 'app', 0.5, 1, 1.2),
    route('social', 'social', 0.5, 0.2, 1.5),
    route('ticket', 'call_centre', 0.1, 0.4, 1.5),
  ],
  store: [
    route('survey', 'sms', 3, 2.5, 2),
    route('survey', 'wechat', 2, 2, 1.5),
    route('survey', 'email', 1, 1, 1),
    route('survey', 'store', 1.5, 1, 0.5),
    route('review', 'social', 1.5, 0.5, 1.5),
    route('import', 'store', 0.8, 0.8, 0.8),
    route('ticket', 'call_centre', 0.1, 0.3, 1.5),
    route('social', 'social', 0.4, 0.2, 1.2),
  ],
  call_centre: [
    route('call', 'call_centre', 1, 2, 3),
    route('survey', 'sms', 3, 2, 2),
    route('survey', 'wechat', 1, 1, 1),
    route('ticket', 'call_centre', 0.2, 0.5, 1.5),
    route('ticket', 'email', 0.1, 0.3, 0.8),
  ],
  wechat: [route('chat', 'wechat', 1, 2, 3), route('survey', 'wechat', 3, 2, 2), route('social', 'social', 0.2, 0.2, 0.8)],
  social: [route('social', 'social', 2, 2, 2), route('review', 'social', 1, 0.5, 1)],
  email: [route('ticket', 'email', 0.2, 0.5, 1.5), route('survey', 'email', 2, 2, 1.5)],
  sms: [route('survey', 'sms', 3, 2, 2)],
  none: [
    route('social', 'social', 3, 2, 3),
    route('review', 'website', 1, 0.5, 1),
    route('ticket', 'email', 0.1, 0.3, 1),
    route('call', 'call_centre', 0.1, 0.3, 1),
  ],
};

/** English-speaking customers live on e-mail more than on WeChat and SMS. */
const englishChannelPreference: Partial<Record<ChannelKey, number>> = { email: 1.8, wechat: 0.6, sms: 0.8 };

export function chooseRoute(rng: Random, touchpointChannel: ChannelKey | null, sentiment: Sentiment, lang: 'zh' | 'en'): FeedbackRoute {
  const routes = routesByTouchpointChannel[touchpointChannel ?? 'none'];
  const preference = (route: FeedbackRoute) => (lang === 'en' ? (englishChannelPreference[route.channel] ?? 1) : 1);
  return rng.weighted(routes.map((route) => [route, route.weight[sentiment] * preference(route)] as const));
}

export type IdentifierKind = 'phone' | 'email' | 'member_id' | 'wechat_openid' | 'order_id' | 'name';

/**
 * The odds that each identifier comes with feedback arriving this way: an SMS survey knows the
 * phone, a WeChat chat the openid, a public post nothing at all. The overlaps between routes
 * (phone on SMS and calls, member id in the app and on bound WeChat accounts) are what lets
 * identity resolution fuse one customer across channels.
 */
export const identifierOdds: Record<string, Partial<Record<IdentifierKind, number>>> = {
  'survey/sms': { phone: 1, member_id: 0.4 },
  'survey/email': { email: 1, order_id: 0.5 },
  'survey/app': { member_id: 1, phone: 0.3 },
  'survey/wechat': { wechat_openid: 1, member_id: 0.6 },
  'survey/website': { email: 0.5, member_id: 0.3 },
  'survey/store': { phone: 0.8, name: 0.5 },
  'chat/website': { email: 0.6, phone: 0.25, name: 0.5 },
  'chat/app': { member_id: 1, name: 0.6 },
  'chat/wechat': { wechat_openid: 1, member_id: 0.4 },
  'ticket/email': { email: 1, name: 0.8, order_id: 0.5 },
  'ticket/call_centre': { phone: 1, name: 0.9, member_id: 0.5, order_id: 0.5 },
  'call/call_centre': { phone: 1, name: 0.5 },
  'import/store': { phone: 1, name: 1, member_id: 0.5, order_id: 0.3 },
  'api/app': { member_id: 1, order_id: 0.3 },
  'review/website': { email: 1, name: 0.7 },
};
