import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { uploadImport } from '../../api/imports.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatBytes } from './importLabels.ts';
import './imports.css';

/** Step 1 of an import: the file goes up (streamed to the server, with progress); the mapping comes next. */
export function NewImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);

  const upload = async () => {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      const created = await uploadImport(file, setProgress);
      navigate(`/imports/${created.id}/map`);
    } catch (cause) {
      setError(cause);
      setProgress(null);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  };

  return (
    <div className="page">
      <Link to="/imports" className="back-link">
        ← {t('imports.title')}
      </Link>
      <PageHeader title={t('imports.new')} subtitle={t('imports.step1')} />
      <section className="card">
        <label
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <input
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,.jsonl,.ndjson,.json"
            data-testid="import-file"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <span>{file ? `${file.name} · ${formatBytes(file.size)}` : t('imports.dropHint')}</span>
          <span className="muted small">{t('imports.formats')}</span>
        </label>
        {progress !== null && (
          <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)} aria-label={t('imports.uploading')}>
            <div className="progress-bar" style={{ width: `${Math.round(progress * 100)}%` }} />
          </div>
        )}
        <ErrorMessage error={error} />
        <div className="form-actions">
          <button type="button" className="button primary" disabled={!file || progress !== null} onClick={upload} data-testid="import-upload">
            {progress !== null ? t('imports.uploading') : t('imports.upload')}
          </button>
        </div>
      </section>
    </div>
  );
}
