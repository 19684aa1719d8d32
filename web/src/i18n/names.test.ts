import { describe, expect, it } from 'vitest';
import { localizedLabel, localizedName } from './names.ts';

describe('display names in the current language', () => {
  it('prefers the current language and falls back to the other', () => {
    expect(localizedName({ name_zh: '门店', name_en: 'Store' }, 'zh-CN')).toBe('门店');
    expect(localizedName({ name_zh: '门店', name_en: 'Store' }, 'en')).toBe('Store');
    expect(localizedName({ name_zh: '门店', name_en: null }, 'en')).toBe('门店');
    expect(localizedName({ name_zh: '  ', name_en: 'Store' }, 'zh-CN')).toBe('Store');
  });

  it('uses the fallback when neither language has a name', () => {
    expect(localizedName({ name_zh: null, name_en: '' }, 'en', 'website')).toBe('website');
  });

  it('applies the same rule to theme labels', () => {
    expect(localizedLabel({ label_en: 'Staff', label_zh: '服务人员' }, 'zh-CN')).toBe('服务人员');
  });
});
