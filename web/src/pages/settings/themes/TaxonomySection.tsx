import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/http.ts';
import { restoreDefaultTaxonomy, saveTaxonomy, type Taxonomy, type TaxonomyTheme, type TextSettings } from '../../../api/textSettings.ts';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useMutation } from '../../../hooks/useMutation.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { localizedLabel } from '../../../i18n/names.ts';
import { TaxonomyToolbar } from './TaxonomyToolbar.tsx';
import { ThemeEditor } from './ThemeEditor.tsx';
import { ThemeList } from './ThemeList.tsx';
import { sameTaxonomy, serverProblemsOf, type ServerProblem, type ServerProblems } from './taxonomy.ts';
import { downloadTaxonomy, readTaxonomyFile } from './taxonomyFile.ts';
import { useLeaveGuard } from './useLeaveGuard.ts';

const NO_PROBLEMS: ServerProblems = { byTheme: new Map(), general: [] };

type Notice = 'saved' | 'restored' | 'imported' | 'importFailed' | null;

/** Problems of the themes after `removed`, moved up one place so they stay with their theme. */
function withoutTheme(problems: ServerProblems, removed: number): ServerProblems {
  const byTheme = new Map<number, ServerProblem[]>();
  for (const [index, list] of problems.byTheme) {
    if (index !== removed) byTheme.set(index > removed ? index - 1 : index, list);
  }
  return { byTheme, general: problems.general };
}

export function TaxonomySection({ settings, canEdit }: { settings: TextSettings; canEdit: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const confirm = useConfirm();
  const [saved, setSaved] = useState<Taxonomy>(settings.taxonomy);
  const [isDefault, setIsDefault] = useState(settings.is_default_taxonomy);
  const [draft, setDraft] = useState<Taxonomy>(settings.taxonomy);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [problems, setProblems] = useState<ServerProblems>(NO_PROBLEMS);
  const [notice, setNotice] = useState<Notice>(null);
  const dirty = !sameTaxonomy(draft, saved);

  useLeaveGuard(dirty, {
    title: t('themes.taxonomy.leaveTitle'),
    message: t('themes.taxonomy.leaveMessage'),
    confirmLabel: t('themes.taxonomy.leave'),
    danger: true,
  });

  const apply = (next: TextSettings, what: Notice) => {
    setSaved(next.taxonomy);
    setDraft(next.taxonomy);
    setIsDefault(next.is_default_taxonomy);
    setProblems(NO_PROBLEMS);
    setNotice(what);
    save.clearError();
  };

  const save = useMutation(
    async (taxonomy: Taxonomy) => {
      try {
        return await saveTaxonomy(taxonomy);
      } catch (error) {
        if (error instanceof ApiError) setProblems(serverProblemsOf(error.details));
        throw error;
      }
    },
    (next) => apply(next, 'saved'),
  );
  const restore = useMutation(restoreDefaultTaxonomy, (next) => apply(next, 'restored'));

  const change = (themes: TaxonomyTheme[]) => {
    setDraft((current) => ({ ...current, themes }));
    setNotice(null);
    save.clearError();
  };

  const onSubmitTheme = (theme: TaxonomyTheme) => {
    if (editing === 'new') change([...draft.themes, theme]);
    else if (editing !== null) {
      change(draft.themes.map((current, index) => (index === editing ? theme : current)));
      const byTheme = new Map(problems.byTheme);
      byTheme.delete(editing);
      setProblems({ ...problems, byTheme });
    }
    setEditing(null);
  };

  const onDelete = async (index: number) => {
    const theme = draft.themes[index];
    if (!theme) return;
    const ok = await confirm({
      title: t('themes.taxonomy.deleteTitle'),
      message: t('themes.taxonomy.deleteMessage', { name: localizedLabel(theme, language, theme.id) }),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (!ok) return;
    change(draft.themes.filter((_, position) => position !== index));
    setProblems(withoutTheme(problems, index));
  };

  const onRestore = async () => {
    const ok = await confirm({
      title: t('themes.taxonomy.restoreTitle'),
      message: t('themes.taxonomy.restoreMessage'),
      confirmLabel: t('themes.taxonomy.restore'),
      danger: true,
    });
    if (ok) await restore.run();
  };

  const onImport = async (file: File) => {
    const imported = await readTaxonomyFile(file);
    if (!imported) {
      setNotice('importFailed');
      return;
    }
    setDraft(imported);
    save.clearError();
    setProblems(NO_PROBLEMS);
    setNotice('imported');
  };

  const editingTheme = typeof editing === 'number' ? draft.themes[editing] : undefined;
  return (
    <section className="card" aria-labelledby="taxonomy-title" data-testid="taxonomy-section">
      <h2 id="taxonomy-title">{t('themes.taxonomy.title')}</h2>
      <p className="muted">{t('themes.taxonomy.intro')}</p>
      <TaxonomyToolbar
        isDefault={isDefault}
        dirty={dirty}
        canEdit={canEdit}
        saving={save.pending}
        restoring={restore.pending}
        onAdd={() => setEditing('new')}
        onSave={() => void save.run(draft)}
        onRestore={() => void onRestore()}
        onExport={() => downloadTaxonomy(draft)}
        onImport={(file) => void onImport(file)}
      />
      {notice === 'importFailed' ? (
        <p className="warning" role="alert" data-testid="taxonomy-notice">
          {t('themes.taxonomy.importFailed')}
        </p>
      ) : notice ? (
        <p className="notice" role="status" data-testid="taxonomy-notice" data-notice={notice}>
          {t(`themes.taxonomy.notices.${notice}`)}
        </p>
      ) : null}
      <ErrorMessage error={save.error ?? restore.error} testId="taxonomy-error" />
      {problems.general.length > 0 && (
        <ul className="field-problems">
          {problems.general.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      <ThemeList themes={draft.themes} problems={problems.byTheme} canEdit={canEdit} onOpen={setEditing} onDelete={(index) => void onDelete(index)} />
      {editing !== null && (editing === 'new' || editingTheme) && (
        <ThemeEditor
          theme={editingTheme}
          otherIds={draft.themes.filter((_, index) => index !== editing).map((theme) => theme.id)}
          serverProblems={typeof editing === 'number' ? (problems.byTheme.get(editing) ?? []) : []}
          readOnly={!canEdit}
          onSubmit={onSubmitTheme}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
