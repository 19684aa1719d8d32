// The concrete values behind {slots}: this customer's store and car, a date shortly before the
// item, plausible minutes, days and amounts, the person who served them. Random per item so that
// two customers with the same complaint never write the same sentence.
import type { Random } from '../generate-demo-dataset.ts';
import type { TextRequest, TextScene } from './compose-text.ts';
import type { Lang } from './framing.ts';
import { accessories, carParts, staffNames, type StaffRole } from './places-and-people.ts';

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const zhDate = (date: Date) => `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
const enMonthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Values for every {slot} a clause may use, in the item's language. */
export function makeSlots(rng: Random, scene: TextScene, place: TextRequest['place'], lang: Lang): Record<string, string> {
  const n = rng.int(2, 4);
  const amount = rng.pick([200, 380, 500, 800, 1200, 1500, 2000, 2800, 3500, 5000]) + rng.pick([0, 0, 80, 99]);
  const date = new Date(scene.occurredAt + CHINA_OFFSET_MS - rng.int(2, 20) * DAY_MS);
  const zh = lang === 'zh';
  return {
    store: zh ? scene.store.zh : scene.store.en,
    model: zh ? scene.model.zh : scene.model.name,
    modeltag: scene.model.name.replace(/\s+/g, ''),
    order: scene.orderId,
    platform: zh ? scene.platform.zh : scene.platform.en,
    minutes: String(rng.int(3, 24) * 5),
    fewminutes: String(rng.int(1, 5) * 5),
    hour: String(rng.int(9, 16)),
    days: String(rng.int(3, 45)),
    fewdays: String(rng.int(2, 7)),
    km: zh ? String(rng.int(5, 300) * 100) : groupThousands(rng.int(5, 300) * 100),
    range: String(rng.int(38, 52) * 10),
    amount: zh ? `${amount}元` : `¥${groupThousands(amount)}`,
    n: zh ? (['两', '三', '四'][n - 2] as string) : (['two', 'three', 'four'][n - 2] as string),
    nth: zh ? (['二', '三', '四'][n - 2] as string) : (['second', 'third', 'fourth'][n - 2] as string),
    date: zh ? zhDate(date) : `${date.getUTCDate()} ${enMonthNames[date.getUTCMonth()]}`,
    weekday: rng.pick(zh ? ['上周六', '周末', '昨天', '今天上午', '上周日下午'] : ['last Saturday', 'at the weekend', 'yesterday', 'this morning', 'last Sunday']),
    staff: rng.pick(staffNames[staffRole(place)][lang]),
    part: rng.pick(carParts[lang]),
    accessory: rng.pick(accessories[lang]),
  };
}

const groupThousands = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Who the customer dealt with: the hotline's agents, the service bay, the shop or the showroom. */
function staffRole(place: TextRequest['place']): StaffRole {
  if (!place) return 'sales';
  if (place.touchpoint.channel === 'call_centre' || place.touchpoint.channel === 'wechat') return 'care';
  if (place.journey === 'accessories_shop') return 'shop';
  return place.stage === 'after_sales' ? 'service' : 'sales';
}
