// The demo's customers: each with one phone, e-mail, member id and WeChat openid, a home city and
// store, a car, and a place on the buying journey. Every identifier is unique to its person, so
// identity resolution fusing two identifiers is always right and the demo never merges strangers.
import type { DemoCustomerIds, Random } from '../generate-demo-dataset.ts';
import type { IdentifierKind } from './feedback-routes.ts';
import {
  carModels,
  chineseEmailDomains,
  chineseGivenNames,
  chineseSurnames,
  cities,
  englishEmailDomains,
  englishFirstNames,
  englishLastNames,
  type DemoCity,
  type DemoModel,
  socialHandleParts,
  storeOfCity,
  type DemoStore,
} from './places-and-people.ts';
import { chinaYear } from './timeline.ts';

export interface DemoCustomerProfile {
  lang: 'zh' | 'en';
  name: string;
  phone: string;
  email: string;
  memberId: string;
  wechatOpenid: string;
  city: DemoCity;
  /** Their showroom, service centre and delivery centre. */
  stores: Record<DemoStore['role'], DemoStore>;
  model: DemoModel;
  /** Furthest car-journey stage reached (-1 none, 4 after-sales); owners from before the demo year start at 4. */
  progress: number;
  carOrderId: string | null;
  shopOrderId: string | null;
}

const ENGLISH_SPEAKER_SHARE = 0.32;
const OWNER_BEFORE_DEMO_YEAR_SHARE = 0.45;
const mobilePrefixes = ['138', '139', '137', '136', '135', '158', '159', '186', '187', '188', '150', '151', '177', '180', '189', '199'];
const openidAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export function createCustomerPool(rng: Random, size: number): DemoCustomerProfile[] {
  const taken = new Set<string>();
  // Identifiers are drawn at random; a clash is simply drawn again, so each belongs to one person.
  const unique = (draw: () => string): string => {
    for (;;) {
      const value = draw();
      if (!taken.has(value)) {
        taken.add(value);
        return value;
      }
    }
  };
  const customers: DemoCustomerProfile[] = [];
  for (let i = 0; i < size; i++) {
    const lang = rng.chance(ENGLISH_SPEAKER_SHARE) ? 'en' : 'zh';
    const city = rng.weighted(cities.map((c) => [c, lang === 'en' ? c.englishWeight : c.weight] as [DemoCity, number]));
    const person = lang === 'zh' ? chinesePerson(rng) : englishPerson(rng);
    customers.push({
      lang,
      name: person.name,
      phone: unique(() => `+86 ${rng.pick(mobilePrefixes)}${digits(rng, 8)}`),
      email: unique(() => `${person.emailLocal(rng)}@${rng.pick(lang === 'zh' ? chineseEmailDomains : englishEmailDomains)}`),
      memberId: unique(() => `AM-${rng.int(100_000, 999_999)}`),
      wechatOpenid: unique(() => `o${Array.from({ length: 27 }, () => openidAlphabet.charAt(rng.int(0, openidAlphabet.length - 1))).join('')}`),
      city,
      stores: {
        sales: storeOfCity(city, 'sales', rng.pick),
        service: storeOfCity(city, 'service', rng.pick),
        delivery: storeOfCity(city, 'delivery', rng.pick),
      },
      model: rng.weighted(carModels.map((m) => [m, m.weight] as [DemoModel, number])),
      progress: rng.chance(OWNER_BEFORE_DEMO_YEAR_SHARE) ? 4 : -1,
      carOrderId: null,
      shopOrderId: null,
    });
  }
  return customers;
}

interface Person {
  name: string;
  emailLocal: (rng: Random) => string;
}

function chinesePerson(rng: Random): Person {
  const [surname, surnamePinyin] = rng.pick(chineseSurnames);
  const [given, givenPinyin] = rng.pick(chineseGivenNames);
  return {
    name: `${surname}${given}`,
    emailLocal: (r) =>
      r.pick([
        () => `${surnamePinyin}${givenPinyin}${r.int(1, 99)}`,
        () => `${surnamePinyin}.${givenPinyin}`,
        () => `${givenPinyin}${surnamePinyin}${r.int(1980, 2003)}`,
        () => digits(r, r.int(8, 10)).replace(/^0/, '1'),
      ])(),
  };
}

function englishPerson(rng: Random): Person {
  const first = rng.pick(englishFirstNames);
  const last = rng.pick(englishLastNames);
  return {
    name: `${first} ${last}`,
    emailLocal: (r) => r.pick([() => `${first}.${last}`, () => `${first.charAt(0)}${last}${r.int(1, 99)}`, () => `${first}${r.int(70, 99)}`])().toLowerCase(),
  };
}

function digits(rng: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
}

/** Someone whose place on the buying journey fits the stage, so each timeline reads in order. */
export function chooseCustomer(rng: Random, customers: DemoCustomerProfile[], stage: { min: number; max: number } | null): number {
  // Low indexes are picked more often: a few customers talk a lot, many speak once or twice.
  const skewed = () => Math.floor(customers.length * rng.next() ** 1.5);
  const fits = (index: number) => !stage || ((customers[index]?.progress ?? 0) >= stage.min && (customers[index]?.progress ?? 0) <= stage.max);
  for (let attempt = 0; attempt < 12; attempt++) {
    const index = skewed();
    if (fits(index)) return index;
  }
  const start = rng.int(0, customers.length - 1);
  for (let offset = 0; offset < customers.length; offset++) {
    const index = (start + offset) % customers.length;
    if (fits(index)) return index;
  }
  return skewed();
}

/** Which of the customer's stores an item is about: the service centre after the sale, the delivery centre at handover. */
export function storeFor(customer: DemoCustomerProfile, stage: string | null, touchpoint: string | null): DemoStore {
  if (stage === 'after_sales') return customer.stores.service;
  return touchpoint === 'delivery' ? customer.stores.delivery : customer.stores.sales;
}

/**
 * The customer's order number at this point of a journey: cars from the purchase stage on, the shop
 * once something is ordered. Numbered from the customer, so one order keeps one number for life.
 */
export function orderFor(customer: DemoCustomerProfile, customerIndex: number, journey: string | null, stage: string | null, at: number): string | null {
  const number = (offset: number) => `SO-${chinaYear(at)}-${String(customerIndex * 3 + offset).padStart(5, '0')}`;
  if (journey === 'car_purchase' && stage === 'purchase') return (customer.carOrderId ??= number(101));
  if (journey === 'accessories_shop' && stage !== 'browse') return (customer.shopOrderId ??= number(102));
  return null;
}

/** Which of the customer's identifiers travel with one item, by the odds of its route. */
export function revealIdentity(rng: Random, odds: Partial<Record<IdentifierKind, number>>, customer: DemoCustomerProfile, orderId: string | null): DemoCustomerIds {
  const identity: DemoCustomerIds = {};
  if (rng.chance(odds.phone ?? 0)) identity.phone = customer.phone;
  if (rng.chance(odds.email ?? 0)) identity.email = customer.email;
  if (rng.chance(odds.member_id ?? 0)) identity.member_id = customer.memberId;
  if (rng.chance(odds.wechat_openid ?? 0)) identity.wechat_openid = customer.wechatOpenid;
  if (orderId && rng.chance(odds.order_id ?? 0)) identity.order_id = orderId;
  if (rng.chance(odds.name ?? 0)) identity.name = customer.name;
  return identity;
}

/** People type their number the way they say it, rarely in E.164. */
export function writtenPhone(rng: Random, phone: string): string {
  const local = phone.replace(/^\+86 /, '');
  return rng.pick([local, `${local.slice(0, 3)} ${local.slice(3, 7)} ${local.slice(7)}`, `${local.slice(0, 3)}-${local.slice(3, 7)}-${local.slice(7)}`]);
}

export function socialHandle(rng: Random, lang: 'zh' | 'en'): string {
  const parts = socialHandleParts[lang];
  return `${rng.pick(parts.head)}${rng.pick(parts.tail)}${rng.chance(0.5) ? rng.int(1, 999) : ''}`;
}
