import { describe, expect, it } from 'vitest';
import { normalizeText } from '../core/normalize.ts';
import { defaultTaxonomy } from './default-taxonomy.ts';
import { compileTaxonomy, matchThemes } from './match-themes.ts';
import { taxonomySchema } from './taxonomy-schema.ts';

const themesOf = (text: string, tax = defaultTaxonomy()): string[] => matchThemes(text, normalizeText(text), compileTaxonomy(tax)).map((t) => t.id);

describe('default taxonomy', () => {
  it('covers the required CX themes in both languages', () => {
    const tax = defaultTaxonomy();
    const ids = tax.themes.map((t) => t.id);
    for (const id of ['waiting_time', 'staff_attitude', 'staff_competence', 'transfer_reexplain', 'no_human_bot', 'price_fees', 'refund_return', 'delivery', 'product_quality', 'stock_availability', 'membership_account', 'payment_checkout', 'usability', 'communication_transparency', 'policy_rigidity']) {
      expect(ids).toContain(id);
    }
    for (const t of tax.themes) {
      expect(t.terms_zh.length).toBeGreaterThan(5);
      expect(t.terms_en.length).toBeGreaterThan(5);
    }
  });

  it.each([
    ['排队等了40分钟才轮到我', 'waiting_time'],
    ['I waited on hold for 45 minutes', 'waiting_time'],
    ['店员态度很差，爱答不理', 'staff_attitude'],
    ['the agent was rude and dismissive', 'staff_attitude'],
    ['客服一问三不知，答非所问', 'staff_competence'],
    ['they gave me wrong information twice', 'staff_competence'],
    ['电话转来转去，每次都要重复说明', 'transfer_reexplain'],
    ['I was transferred three times and had to repeat myself', 'transfer_reexplain'],
    ['一直是机器人回复，找不到人工', 'no_human_bot'],
    ['the chatbot loops and I can\'t reach a real person', 'no_human_bot'],
    ['运费太贵了，还乱收费', 'price_fees'],
    ['hidden fees everywhere, totally overpriced', 'price_fees'],
    ['申请退款一周了还没到账', 'refund_return'],
    ['still waiting for my refund', 'refund_return'],
    ['快递三天了还没送到', 'delivery'],
    ['the package was never delivered', 'delivery'],
    ['衣服质量太差，洗一次就掉色', 'product_quality'],
    ['the charger stopped working after a week', 'product_quality'],
    ['想买的尺码一直缺货', 'stock_availability'],
    ['the size I wanted is out of stock again', 'stock_availability'],
    ['会员积分莫名其妙清零了', 'membership_account'],
    ['I got locked out of my account', 'membership_account'],
    ['付款失败但是钱被扣了', 'payment_checkout'],
    ['my card was declined at checkout', 'payment_checkout'],
    ['app一直闪退，页面加载不出来', 'usability'],
    ['the website keeps crashing when I log in', 'usability'],
    ['发货延迟也没有通知我', 'communication_transparency'],
    ['nobody told us the flight was moved', 'communication_transparency'],
    ['按规定不能办，一点不通融', 'policy_rigidity'],
    ['they said company policy, no exceptions', 'policy_rigidity'],
  ])('%s → %s', (text, id) => {
    expect(themesOf(text)).toContain(id);
  });

  it('does not match English terms inside other words', () => {
    expect(themesOf('I am happy with the bottle')).toEqual([]);
  });

  it('quotes evidence from the original text', () => {
    const text = 'ＡＰＰ闪退';
    const m = matchThemes(text, normalizeText(text), compileTaxonomy(defaultTaxonomy()));
    expect(m[0]?.evidence).toEqual(['闪退']);
  });
});

describe('taxonomySchema', () => {
  it('accepts an edited taxonomy and applies it', () => {
    const tax = taxonomySchema.parse({
      themes: [{ id: 'parking', label_en: 'Parking', label_zh: '停车', terms_zh: ['停车'], terms_en: ['parking'], patterns: ['停车费\\d+元'] }],
    });
    expect(themesOf('停车费20元太贵', tax)).toEqual(['parking']);
  });

  it('rejects a bad regular expression with a message naming it', () => {
    const r = taxonomySchema.safeParse({ themes: [{ id: 'x', label_en: 'X', label_zh: 'X', patterns: ['(unclosed'] }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/invalid regular expression \/\(unclosed\/: /);
    expect(r.error?.issues[0]?.path).toEqual(['themes', 0, 'patterns', 0]);
  });

  it('rejects duplicate ids and malformed ids', () => {
    const dup = taxonomySchema.safeParse({ themes: [{ id: 'a', label_en: 'A', label_zh: 'A' }, { id: 'a', label_en: 'B', label_zh: 'B' }] });
    expect(dup.success).toBe(false);
    expect(taxonomySchema.safeParse({ themes: [{ id: 'Bad Id', label_en: 'A', label_zh: 'A' }] }).success).toBe(false);
  });
});
