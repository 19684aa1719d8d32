import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDefinition } from '../../api/surveys.ts';
import { mountSurvey } from '../../../../widget/src/render.ts';

/** The live preview draws the survey with the very renderer respondents get, so what you see is what they see. */
export function SurveyPreview({ definition }: { definition: SurveyDefinition }) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const [lang, setLang] = useState<'zh-CN' | 'en'>(definition.default_lang);

  useEffect(() => {
    if (!host.current || definition.questions.length === 0) return;
    const mounted = mountSurvey(host.current, { definition, lang });
    return () => mounted.destroy();
  }, [definition, lang]);

  return (
    <section className="card" aria-labelledby="survey-preview-title">
      <div className="inline-row">
        <h2 id="survey-preview-title">{t('surveys.builder.preview')}</h2>
        <label>
          <span className="visually-hidden">{t('surveys.builder.previewLang')}</span>
          <select value={lang} onChange={(event) => setLang(event.target.value as 'zh-CN' | 'en')} data-testid="preview-lang" aria-label={t('surveys.builder.previewLang')}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <div ref={host} data-testid="survey-preview" />
    </section>
  );
}
