// Reply templates: the answers agents start from when they reply to a customer, in Chinese or English,
// for one channel or all. Owners and admins write them; everyone who works cases uses them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createReplyTemplate, deleteReplyTemplate, listReplyTemplates, updateReplyTemplate, type ReplyTemplate, type ReplyTemplateInput } from '../../../api/caseReplies.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings, canWorkCases } from '../../../app/permissions.ts';
import { AsyncList } from '../../../components/AsyncList.tsx';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../../components/ReadOnlyNotice.tsx';
import { RowButton } from '../../../components/RowButton.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { ReplyTemplateDialog } from './ReplyTemplateDialog.tsx';

export function ReplyTemplatesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!canWorkCases(user.role)) {
    return (
      <div className="page" data-testid="reply-templates-page">
        <PageHeader title={t('replyTemplates.title')} subtitle={t('replyTemplates.subtitle')} />
        <p className="notice">{t('replyTemplates.notAllowed')}</p>
      </div>
    );
  }
  return <TemplateList canEdit={canEditSettings(user.role)} />;
}

function TemplateList({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const templates = useAsync(() => listReplyTemplates().then((response) => response.items), []);
  const [editing, setEditing] = useState<ReplyTemplate | 'new' | null>(null);
  const save = useMutation(
    (input: ReplyTemplateInput) => (editing && editing !== 'new' ? updateReplyTemplate(editing.id, input) : createReplyTemplate(input)),
    () => {
      setEditing(null);
      templates.reload();
    },
  );
  const remove = useMutation(deleteReplyTemplate, () => templates.reload());
  const onDelete = async (template: ReplyTemplate) => {
    const ok = await confirm({ title: t('replyTemplates.deleteTitle'), message: t('replyTemplates.deleteMessage', { name: template.name }), confirmLabel: t('common.delete'), danger: true });
    if (ok) await remove.run(template.id);
  };

  return (
    <div className="page" data-testid="reply-templates-page">
      <PageHeader
        title={t('replyTemplates.title')}
        subtitle={t('replyTemplates.subtitle')}
        actions={
          canEdit ? (
            <button type="button" className="button primary" data-testid="template-new" onClick={() => setEditing('new')}>
              {t('replyTemplates.new')}
            </button>
          ) : undefined
        }
      />
      {!canEdit && <ReadOnlyNotice />}
      <ErrorMessage error={remove.error} />
      <section className="card">
        <AsyncList state={templates} emptyTestId="templates-empty" emptyClassName="muted empty-state" emptyText={t('replyTemplates.empty')}>
          {(items) => (
            <table className="data-table" data-testid="templates-table">
              <TableHead columns={[t('replyTemplates.name'), t('replyTemplates.channel'), t('replyTemplates.lang'), t('replyTemplates.body')]} actions={canEdit} />
              <tbody>
                {items.map((template) => (
                  <tr key={template.id} data-testid="template-row">
                    <td>{template.name}</td>
                    <td>{t(`replyTemplates.channels.${template.channel ?? 'any'}`)}</td>
                    <td>{t(`replyTemplates.langs.${template.lang}`)}</td>
                    <td className="muted small" title={template.body}>
                      {template.body.length > 80 ? `${template.body.slice(0, 80)}…` : template.body}
                    </td>
                    {canEdit && (
                      <td className="row-actions">
                        <RowButton label={t('common.edit')} rowName={template.name} testId="template-edit" onClick={() => setEditing(template)} />
                        <RowButton label={t('common.delete')} rowName={template.name} danger testId="template-delete" disabled={remove.pending} onClick={() => void onDelete(template)} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </AsyncList>
      </section>
      {editing && (
        <ReplyTemplateDialog
          initial={editing === 'new' ? undefined : editing}
          pending={save.pending}
          error={save.error}
          onSave={(input) => void save.run(input)}
          onClose={() => {
            save.clearError();
            setEditing(null);
          }}
        />
      )}
    </div>
  );
}
