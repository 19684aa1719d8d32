import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team, User } from '../../../api/types.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Modal } from '../../../components/Modal.tsx';
import { useMutation } from '../../../hooks/useMutation.ts';

interface Props {
  team: Team;
  users: User[];
  onSave: (userIds: string[], leadIds: string[]) => Promise<unknown>;
  onClose: () => void;
}

/** Members are set as a whole list (PUT), so the dialog edits a copy and saves it in one go. */
export function TeamMembersDialog({ team, users, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Set<string>>(() => new Set(team.members.map((member) => member.id)));
  const [leads, setLeads] = useState<Set<string>>(() => new Set(team.members.filter((member) => member.is_lead).map((member) => member.id)));
  // Only members can lead: unticking a member drops their lead flag too.
  const save = useMutation(() => onSave([...selected], [...leads].filter((id) => selected.has(id))), onClose);
  const toggleLead = (id: string, on: boolean) =>
    setLeads((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Modal
      title={t('teams.membersTitle', { name: team.name })}
      onClose={onClose}
      testId="team-members-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button primary"
            data-testid="team-members-save"
            disabled={save.pending}
            onClick={() => save.run()}
          >
            {save.pending ? t('common.saving') : t('common.save')}
          </button>
        </>
      }
    >
      {users.length === 0 ? (
        <p className="muted">{t('teams.noUsers')}</p>
      ) : (
        <fieldset className="member-picker">
          <p className="muted small">{t('caseSettings.leads.hint')}</p>
          <legend className="visually-hidden">{t('teams.members')}</legend>
          {users.map((user) => (
            <div key={user.id} className="inline-row">
              <label className="checkbox member-option">
                <input
                  type="checkbox"
                  data-testid="team-member-option"
                  checked={selected.has(user.id)}
                  onChange={(event) => toggle(user.id, event.target.checked)}
                />
                <span>
                  {user.name} <span className="muted small">{user.email}</span>
                  {user.disabled && <span className="muted small"> · {t('users.disabled')}</span>}
                </span>
              </label>
              {selected.has(user.id) && (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    data-testid="team-lead-option"
                    aria-label={t('caseSettings.leads.leadOf', { name: user.name })}
                    checked={leads.has(user.id)}
                    onChange={(event) => toggleLead(user.id, event.target.checked)}
                  />
                  <span className="small" aria-hidden="true">
                    {t('caseSettings.leads.lead')}
                  </span>
                </label>
              )}
            </div>
          ))}
        </fieldset>
      )}
      <ErrorMessage error={save.error} />
    </Modal>
  );
}
