import { useTranslation } from 'react-i18next';
import type { AnalysedTheme } from '../../../api/textSettings.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { localizedLabel } from '../../../i18n/names.ts';
import { highlightSegments } from './highlight.ts';

/** The analysed text with each theme's evidence marked; every piece is rendered as plain text. */
export function HighlightedText({ text, themes }: { text: string; themes: readonly AnalysedTheme[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = new Map(themes.map((theme) => [theme.id, localizedLabel(theme, language, theme.id)]));
  const segments = highlightSegments(
    text,
    themes.map((theme) => ({ key: theme.id, evidence: theme.evidence })),
  );

  return (
    <p className="detail-text highlighted-text" data-testid="try-highlighted">
      {segments.map((segment, index) => {
        if (segment.keys.length === 0) return <span key={index}>{segment.text}</span>;
        const names = segment.keys.map((key) => labels.get(key) ?? key).join(t('common.listSeparator'));
        return (
          <mark key={index} className="evidence-mark" title={names} data-themes={segment.keys.join(' ')} data-testid="evidence-mark">
            {segment.text}
            <span className="visually-hidden"> ({t('themes.tryIt.evidenceFor', { names })})</span>
          </mark>
        );
      })}
    </p>
  );
}
