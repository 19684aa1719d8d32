import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addCaseNote } from '../../api/cases.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMutation } from '../../hooks/useMutation.ts';

/** Internal notes: for colleagues, never sent to the customer. */
export function NoteComposer({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const save = useMutation((text: string) => addCaseNote(caseId, text), () => {
    setBody('');
    onAdded();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) void save.run(body.trim());
  };
  return (
    <section className="card" aria-labelledby="case-note-title">
      <h2 id="case-note-title">{t('cases.notes.title')}</h2>
      <form className="form-stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="case-note-body">{t('cases.notes.label')}</label>
          <textarea id="case-note-body" rows={3} maxLength={5000} data-testid="case-note-body" value={body} onChange={(event) => setBody(event.target.value)} />
          <span className="hint">{t('cases.notes.hint')}</span>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.pending || !body.trim()} data-testid="case-note-submit">
            {save.pending ? t('common.saving') : t('cases.notes.add')}
          </button>
        </div>
        <ErrorMessage error={save.error} />
      </form>
    </section>
  );
}
