import { useTranslation } from 'react-i18next';
import type { Customer360 } from '../../api/customers.ts';
import { useFormat } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { SentimentTrendChart } from './SentimentTrendChart.tsx';

interface Props {
  customer: Customer360;
  nameOf: (key: string) => string;
}

const TREND_SYMBOL = { improving: '↗', worsening: '↘', stable: '→' } as const;

/** The figures an agent takes in first, then the mood over time, the recurring topics and the path across channels. */
export function CustomerSummary({ customer, nameOf }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const { summary } = customer;
  const latest = (metric: 'nps' | 'csat' | 'ces' | 'stars', max: number) => {
    const rating = summary.latest[metric];
    return (
      <div className="figure" data-testid={`latest-${metric}`}>
        <span className="figure-label">{t(`customers.latest.${metric}`)}</span>
        {rating ? (
          <>
            <span className="figure-value">
              {format.number(rating.value)}
              <span className="chip-scale">/{max}</span>
            </span>
            <span className="figure-note">
              {nameOf(rating.channel)} · {format.date(rating.occurred_at)}
            </span>
          </>
        ) : (
          <span className="figure-value muted">—</span>
        )}
      </div>
    );
  };
  const trend = summary.sentiment.trend;

  return (
    <>
      <section className="figures" aria-label={t('customers.figures')}>
        <div className="figure" data-testid="feedback-count">
          <span className="figure-label">{t('customers.feedbackCount')}</span>
          <span className="figure-value">{format.number(summary.feedback_count)}</span>
          <span className="figure-note">{summary.by_source.map((entry) => `${t(`sources.${entry.source}`, { defaultValue: entry.source })} ${entry.count}`).join(' · ')}</span>
        </div>
        {latest('nps', 10)}
        {latest('csat', 5)}
        <div className="figure" data-testid="sentiment-figure">
          <span className="figure-label">{t('customers.averageSentiment')}</span>
          <span className="figure-value">{summary.sentiment.average === null ? '—' : format.number(summary.sentiment.average, 2)}</span>
          <span className="figure-note">
            {trend ? `${TREND_SYMBOL[trend]} ${t(`customers.trend.${trend}`)}` : t('customers.trend.none')}
          </span>
        </div>
      </section>

      <div className="customer-grid">
        <section className="card" aria-labelledby="sentiment-title">
          <h2 id="sentiment-title">{t('customers.sentimentTrend')}</h2>
          <SentimentTrendChart points={summary.sentiment.points} nameOf={nameOf} />
        </section>
        <section className="card" aria-labelledby="themes-title">
          <h2 id="themes-title">{t('customers.themes')}</h2>
          {summary.themes.length === 0 ? (
            <p className="muted">{t('customers.noThemes')}</p>
          ) : (
            <ul className="theme-counts" data-testid="customer-themes">
              {summary.themes.map((theme) => (
                <li key={theme.id}>
                  <span className="tag">{language === 'zh-CN' ? theme.label_zh : theme.label_en}</span>
                  <span className="muted small">
                    {t('customers.themeCount', { count: theme.count })}
                    {theme.negative > 0 && ` · ${t('customers.themeNegative', { count: theme.negative })}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="path-title">
        <h2 id="path-title">{t('customers.channelPath')}</h2>
        <p className="muted small">{t('customers.channelPathHint')}</p>
        <ol className="channel-path" data-testid="channel-path">
          {summary.channel_path.map((step, index) => (
            <li key={`${step.channel}-${step.from}`} className="channel-step">
              {index > 0 && (
                <span className="path-arrow" aria-hidden="true">
                  →
                </span>
              )}
              <span className="chip channel-chip" title={`${format.dateTime(step.from)} – ${format.dateTime(step.to)}`}>
                {nameOf(step.channel)}
                {step.count > 1 && <span className="chip-scale"> ×{step.count}</span>}
              </span>
            </li>
          ))}
        </ol>
        {summary.breakpoints.length > 0 && (
          <p className="warning small" data-testid="customer-breakpoints">
            {t('customers.breakpoints', {
              list: summary.breakpoints.map((breakpoint) => `${nameOf(breakpoint.from)} → ${nameOf(breakpoint.to)}`).join(t('common.listSeparator')),
            })}
          </p>
        )}
      </section>
    </>
  );
}
