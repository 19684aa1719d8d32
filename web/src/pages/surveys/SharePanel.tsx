import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { createLink, qrUrl, type Survey } from '../../api/surveys.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMutation } from '../../hooks/useMutation.ts';
import { SelectField } from './fields.tsx';

const CHANNELS = ['link', 'wechat', 'alipay', 'store', 'website', 'app'] as const;

/** Every way to put the survey in front of customers: links, QR codes, the kiosk page, the widget snippet. */
export function SharePanel({ survey, canEdit }: { survey: Survey; canEdit: boolean }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('link');
  const [url, setUrl] = useState('');
  const make = useMutation(() => createLink(survey.id, { channel }), (link) => setUrl(link.url));
  const origin = window.location.origin;
  const kiosk = `${origin}${survey.kiosk_path}`;
  const snippet = `<script src="${origin}/widget.js" data-survey="${survey.id}" data-trigger="delay:5" data-lang="zh-CN" async></script>`;

  return (
    <section className="card form-stack" aria-labelledby="survey-share-title">
      <h2 id="survey-share-title">{t('surveys.share.title')}</h2>
      {canEdit && (
        <div>
          <h3>{t('surveys.share.link')}</h3>
          <p className="hint">{t('surveys.share.linkHint')}</p>
          <div className="inline-form">
            <SelectField id="share-channel" label={t('surveys.share.channel')} value={channel} testId="share-channel" options={CHANNELS.map((c) => ({ value: c, label: t(`surveys.share.channels.${c}`) }))} onChange={(value) => setChannel(value as typeof channel)} />
            <button type="button" className="button" onClick={() => make.run()} disabled={make.pending} data-testid="share-make-link">
              {t('surveys.share.makeLink')}
            </button>
          </div>
          <ErrorMessage error={make.error} />
          {url && (
            <div className="inline-row">
              <a href={url} target="_blank" rel="noreferrer" data-testid="share-link">
                {url}
              </a>
              <CopyButton text={url} />
            </div>
          )}
          <h3>{t('surveys.share.qr')}</h3>
          <div className="inline-row">
            <a className="button small" href={qrUrl(survey.id, 'png', channel)} download data-testid="qr-png">
              {t('surveys.share.downloadPng')}
            </a>
            <a className="button small" href={qrUrl(survey.id, 'svg', channel)} download data-testid="qr-svg">
              {t('surveys.share.downloadSvg')}
            </a>
          </div>
        </div>
      )}
      <div>
        <h3>{t('surveys.share.kiosk')}</h3>
        <p className="hint">{t('surveys.share.kioskHint')}</p>
        <div className="inline-row">
          <a href={kiosk} target="_blank" rel="noreferrer" data-testid="kiosk-link">
            {kiosk}
          </a>
          <CopyButton text={kiosk} />
        </div>
      </div>
      <div>
        <h3>{t('surveys.share.widget')}</h3>
        <p className="hint">{t('surveys.share.widgetHint')}</p>
        <pre className="code-block" data-testid="widget-snippet">{snippet}</pre>
        <CopyButton text={snippet} />
      </div>
      <Link to={`/surveys/${encodeURIComponent(survey.id)}/distribute`} className="button" data-testid="survey-distribute">
        {t('surveys.share.distribute')}
      </Link>
    </section>
  );
}
