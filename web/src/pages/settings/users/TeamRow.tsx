import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../api/types.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { RowButton } from '../../../components/RowButton.tsx';
import { useMutation } from '../../../hooks/useMutation.ts';

interface Props {
  team: Team;
  canEdit: boolean;
  onRename: (name: string) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
  onEditMembers: () => void;
}

export function TeamRow({ team, canEdit, onRename, onDelete, onEditMembers }: Props) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(team.name);
  const rename = useMutation(onRename, () => setRenaming(false));
  const remove = useMutation(onDelete);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void rename.run(name.trim());
  };

  return (
    <li className="team-row" data-testid="team-row" data-team-id={team.id}>
      <div className="team-main">
        {renaming ? (
          <form className="inline-form" onSubmit={submit}>
            <div className="field">
              <label htmlFor={`team-name-${team.id}`}>{t('teams.name')}</label>
              <input
                id={`team-name-${team.id}`}
                data-testid="team-rename-input"
                required
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            </div>
            <div className="form-actions">
              <button type="submit" className="button primary small" disabled={rename.pending}>
                {t('common.save')}
              </button>
              <button type="button" className="button small" onClick={() => setRenaming(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <h3 className="team-name">{team.name}</h3>
        )}
        <p className="team-members">
          {team.members.length === 0
            ? t('teams.noMembers')
            : team.members
                .map((member) => `${member.name || member.email}${member.is_lead ? ` (${t('caseSettings.leads.badge')})` : ''}`)
                .join(t('common.listSeparator'))}
        </p>
      </div>
      {canEdit && !renaming && (
        <div className="row-actions">
          <RowButton label={t('teams.setMembers')} rowName={team.name} testId="team-members" onClick={onEditMembers} />
          <RowButton
            label={t('teams.rename')}
            rowName={team.name}
            testId="team-rename"
            onClick={() => {
              setName(team.name);
              setRenaming(true);
            }}
          />
          <RowButton label={t('common.delete')} rowName={team.name} danger testId="team-delete" disabled={remove.pending} onClick={() => void remove.run()} />
        </div>
      )}
      <ErrorMessage error={rename.error ?? remove.error} />
    </li>
  );
}
