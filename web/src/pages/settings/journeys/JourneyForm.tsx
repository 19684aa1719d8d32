import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyInput } from '../../../api/journeys.ts';
import { BilingualNameFields, hasAnyName } from '../../../components/BilingualNameFields.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { optionalText } from '../../../components/forms.ts';

interface Props {
  idPrefix: string;
  initial?: { name_zh: string | null; name_en: string | null; description: string | null };
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: JourneyInput) => Promise<boolean>;
  onCancel?: () => void;
}

export function JourneyForm({ idPrefix, initial, submitLabel, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [names, setNames] = useState({ name_zh: initial?.name_zh ?? '', name_en: initial?.name_en ?? '' });
  const [description, setDescription] = useState(initial?.description ?? '');
  const [missingName, setMissingName] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!hasAnyName(names)) {
      setMissingName(true);
      return;
    }
    setMissingName(false);
    const saved = await onSubmit({
      name_zh: optionalText(names.name_zh),
      name_en: optionalText(names.name_en),
      // An edit may clear the description on purpose, so "" is sent as such there.
      description: initial ? description.trim() : optionalText(description),
    });
    if (saved && !initial) {
      setNames({ name_zh: '', name_en: '' });
      setDescription('');
    }
  };

  return (
    <form className="inline-form" onSubmit={submit} data-testid={initial ? 'journey-edit-form' : 'journey-create-form'}>
      <BilingualNameFields idPrefix={idPrefix} values={names} onChange={setNames} testIdPrefix="journey" />
      <div className="field grow">
        <label htmlFor={`${idPrefix}-description`}>{t('journeys.description')}</label>
        <input
          id={`${idPrefix}-description`}
          data-testid="journey-description"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending} data-testid="journey-submit">
          {pending ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <ErrorMessage error={missingName ? new Error(t('common.nameRequired')) : error} />
    </form>
  );
}
