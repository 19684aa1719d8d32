import { useTranslation } from 'react-i18next';

export interface BilingualNames {
  name_zh: string;
  name_en: string;
}

interface Props {
  idPrefix: string;
  values: BilingualNames;
  onChange: (values: BilingualNames) => void;
  /** Lets tests and people tell the zh/en fields of different forms apart. */
  testIdPrefix: string;
}

/** Things in a journey are named in both languages; either one is enough, the other falls back. */
export function BilingualNameFields({ idPrefix, values, onChange, testIdPrefix }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-zh`}>{t('common.nameZh')}</label>
        <input
          id={`${idPrefix}-zh`}
          lang="zh-CN"
          data-testid={`${testIdPrefix}-name-zh`}
          value={values.name_zh}
          onChange={(event) => onChange({ ...values, name_zh: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-en`}>{t('common.nameEn')}</label>
        <input
          id={`${idPrefix}-en`}
          lang="en"
          data-testid={`${testIdPrefix}-name-en`}
          value={values.name_en}
          onChange={(event) => onChange({ ...values, name_en: event.target.value })}
        />
      </div>
    </>
  );
}

export function hasAnyName(values: BilingualNames): boolean {
  return Boolean(values.name_zh.trim() || values.name_en.trim());
}
