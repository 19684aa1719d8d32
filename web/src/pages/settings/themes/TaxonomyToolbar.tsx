import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  isDefault: boolean;
  dirty: boolean;
  canEdit: boolean;
  saving: boolean;
  restoring: boolean;
  onAdd: () => void;
  onSave: () => void;
  onRestore: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

export function TaxonomyToolbar({ isDefault, dirty, canEdit, saving, restoring, onAdd, onSave, onRestore, onExport, onImport }: Props) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);

  return (
    <div className="taxonomy-toolbar">
      <div className="inline-row">
        <span className={isDefault ? 'badge status-off' : 'badge status-on'} data-testid="taxonomy-badge" data-default={isDefault}>
          {isDefault ? t('themes.taxonomy.defaultBadge') : t('themes.taxonomy.customBadge')}
        </span>
        {dirty && (
          <span className="badge dirty-badge" data-testid="taxonomy-dirty" role="status">
            {t('themes.taxonomy.unsaved')}
          </span>
        )}
      </div>
      <div className="form-actions taxonomy-actions">
        {canEdit && (
          <>
            <button type="button" className="button" data-testid="theme-add" onClick={onAdd}>
              {t('themes.taxonomy.add')}
            </button>
            <button type="button" className="button primary" data-testid="taxonomy-save" disabled={!dirty || saving} onClick={onSave}>
              {saving ? t('common.saving') : t('themes.taxonomy.save')}
            </button>
          </>
        )}
        <button type="button" className="button" data-testid="taxonomy-export" onClick={onExport}>
          {t('themes.taxonomy.export')}
        </button>
        {canEdit && (
          <>
            <button type="button" className="button" data-testid="taxonomy-import-button" onClick={() => fileRef.current?.click()}>
              {t('themes.taxonomy.import')}
            </button>
            <input
              ref={fileRef}
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              data-testid="taxonomy-import"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) onImport(file);
              }}
            />
            <button type="button" className="button danger-text" data-testid="taxonomy-restore" disabled={isDefault || restoring} onClick={onRestore}>
              {t('themes.taxonomy.restore')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
