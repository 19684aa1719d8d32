import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { analyzeText, type TextAnalysis } from '../../../api/textSettings.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useChannels } from '../../../hooks/useChannels.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { localizedName } from '../../../i18n/names.ts';
import { AnalysisResult } from './AnalysisResult.tsx';

const MAX_TEXT = 20_000;

export function TryItSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { channels, nameOf } = useChannels();
  const [text, setText] = useState('');
  const [channel, setChannel] = useState('');
  const [result, setResult] = useState<{ text: string; analysis: TextAnalysis } | null>(null);

  const analyse = useMutation(
    async (input: string, channelKey: string) => ({ text: input, analysis: await analyzeText(input, channelKey || undefined) }),
    setResult,
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void analyse.run(text, channel);
  };

  return (
    <section className="card" aria-labelledby="try-it-title" data-testid="try-it-section">
      <h2 id="try-it-title">{t('themes.tryIt.title')}</h2>
      <p className="muted">{t('themes.tryIt.intro')}</p>
      <form className="form-stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="try-text">{t('themes.tryIt.text')}</label>
          <textarea
            id="try-text"
            data-testid="try-text"
            rows={4}
            required
            maxLength={MAX_TEXT}
            placeholder={t('themes.tryIt.placeholder')}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="try-channel">{t('themes.tryIt.channel')}</label>
            <select id="try-channel" data-testid="try-channel" value={channel} onChange={(event) => setChannel(event.target.value)}>
              <option value="">{t('themes.tryIt.noChannel')}</option>
              {channels.map((item) => (
                <option key={item.key} value={item.key}>
                  {localizedName(item, language, item.key)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-actions">
            <button type="submit" className="button primary" data-testid="try-submit" disabled={analyse.pending || !text.trim()}>
              {analyse.pending ? t('themes.tryIt.analysing') : t('themes.tryIt.analyse')}
            </button>
          </div>
        </div>
        <ErrorMessage error={analyse.error} testId="try-error" />
      </form>
      {result && <AnalysisResult text={result.text} analysis={result.analysis} nameOf={nameOf} />}
    </section>
  );
}
