import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { deleteImport, previewImport, startImport, type ImportPreview } from '../../api/imports.ts';
import { FEEDBACK_SOURCES } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useChannels } from '../../hooks/useChannels.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { DIRECT_TARGETS, ENCODINGS, IDENTIFIER_KINDS, METADATA, TIMEZONES, targetLabel } from './importLabels.ts';
import './imports.css';

const PREVIEW_ROWS = 10;

/** Step 2: say which column is what, checking the decoded first rows (and the encoding) before anything is stored. */
export function MapImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { importId = '' } = useParams();
  const { channels, nameOf } = useChannels();
  const [encoding, setEncoding] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  // file column → target ("" ignore, "metadata" keep as metadata under the column's name)
  const [columnTargets, setColumnTargets] = useState<Record<string, string>>({});
  const [source, setSource] = useState('review');
  const [channel, setChannel] = useState('');
  const [timezone, setTimezone] = useState('Asia/Shanghai');

  useEffect(() => {
    let current = true;
    setLoadError(null);
    previewImport(importId, encoding).then(
      (result) => {
        if (!current) return;
        setPreview((previous) => {
          // The suggestion fills the form once; changing the encoding keeps what the user chose.
          if (!previous) setColumnTargets(Object.fromEntries(Object.entries(result.suggested_mapping).map(([target, column]) => [column, target])));
          return result;
        });
      },
      (cause: unknown) => current && setLoadError(cause),
    );
    return () => {
      current = false;
    };
  }, [importId, encoding]);

  const mapping = useMemo(() => {
    const result: Record<string, string> = {};
    for (const [column, target] of Object.entries(columnTargets)) {
      if (!target || !preview?.columns.includes(column)) continue;
      result[target === METADATA ? `metadata.${column.slice(0, 100)}` : target] = column;
    }
    return result;
  }, [columnTargets, preview]);
  const used = new Set(Object.values(columnTargets).filter((target) => target && target !== METADATA));
  const hasContent = 'text' in mapping || ['nps', 'csat', 'ces', 'stars'].some((target) => target in mapping);

  const start = useMutation(
    () => startImport(importId, { source, channel, mapping, encoding: preview?.encoding ?? undefined, timezone }),
    (started) => navigate(`/imports/${started.id}`),
  );
  const discard = useMutation(() => deleteImport(importId), () => navigate('/imports'));

  if (loadError && !preview) {
    return (
      <div className="page">
        <Link to="/imports" className="back-link">
          ← {t('imports.title')}
        </Link>
        <ErrorMessage error={loadError} />
      </div>
    );
  }
  if (!preview) return <Loading />;
  const targetOptions = [...DIRECT_TARGETS, ...IDENTIFIER_KINDS.map((kind) => `identifiers.${kind}`)];

  return (
    <div className="page" data-testid="import-mapping">
      <Link to="/imports" className="back-link">
        ← {t('imports.title')}
      </Link>
      <PageHeader title={preview.import.file_name} subtitle={t('imports.step2')} />
      <section className="card import-settings">
        <div className="field">
          <label htmlFor="import-source">{t('imports.source')}</label>
          <select id="import-source" data-testid="import-source" value={source} onChange={(event) => setSource(event.target.value)}>
            {FEEDBACK_SOURCES.map((key) => (
              <option key={key} value={key}>
                {t(`sources.${key}`, { defaultValue: key })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-channel">{t('imports.channel')}</label>
          <select id="import-channel" data-testid="import-channel" value={channel} onChange={(event) => setChannel(event.target.value)}>
            <option value="" disabled>
              {t('imports.chooseChannel')}
            </option>
            {channels.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {nameOf(candidate.key)}
              </option>
            ))}
          </select>
        </div>
        {preview.encoding && (
          <div className="field">
            <label htmlFor="import-encoding">{t('imports.encoding')}</label>
            <select id="import-encoding" data-testid="import-encoding" value={preview.encoding} onChange={(event) => setEncoding(event.target.value)}>
              {[...new Set([preview.import.detected_encoding ?? 'utf-8', ...ENCODINGS])].map((name) => (
                <option key={name} value={name}>
                  {name === preview.import.detected_encoding ? t('imports.detected', { name }) : name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="import-timezone">{t('imports.timezone')}</label>
          <input id="import-timezone" list="import-timezones" value={timezone} onChange={(event) => setTimezone(event.target.value)} />
          <datalist id="import-timezones">
            {TIMEZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </div>
      </section>

      <section className="card">
        <h2>{t('imports.mapping')}</h2>
        <p className="muted small">{t('imports.mappingHint')}</p>
        {preview.problems.length > 0 && (
          <p className="warning small">{t('imports.previewProblems', { rows: preview.problems.map((problem) => problem.row_number).join(', ') })}</p>
        )}
        <div className="preview-scroll">
          <table className="data-table preview-table" data-testid="import-preview">
            <thead>
              <tr>
                <th scope="col">{t('imports.row')}</th>
                {preview.columns.map((column) => (
                  <th scope="col" key={column}>
                    <div className="preview-column">{column}</div>
                    <select
                      aria-label={t('imports.mapColumn', { column })}
                      data-testid="map-column"
                      data-column={column}
                      value={columnTargets[column] ?? ''}
                      onChange={(event) => setColumnTargets((current) => ({ ...current, [column]: event.target.value }))}
                    >
                      <option value="">{t('imports.ignore')}</option>
                      {targetOptions.map((target) => (
                        <option key={target} value={target} disabled={used.has(target) && columnTargets[column] !== target}>
                          {targetLabel(t, target)}
                        </option>
                      ))}
                      <option value={METADATA}>{t('imports.targets.metadata')}</option>
                    </select>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, PREVIEW_ROWS).map((row) => (
                <tr key={row.row_number}>
                  <td className="muted">{row.row_number}</td>
                  {preview.columns.map((column) => (
                    <td key={column} className="preview-cell">
                      {row.values[column] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {!hasContent && <p className="warning small">{t('imports.needContent')}</p>}
        {!('external_id' in mapping) && <p className="muted small">{t('imports.noIdHint')}</p>}
        <ErrorMessage error={start.error ?? discard.error} />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => discard.run()} disabled={discard.pending}>
            {t('imports.discard')}
          </button>
          <button type="button" className="button primary" disabled={!hasContent || !channel || start.pending} onClick={() => start.run()} data-testid="import-start">
            {start.pending ? t('common.saving') : t('imports.start')}
          </button>
        </div>
      </section>
    </div>
  );
}
