import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../api/types.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
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
          <button type="button" className="button small" data-testid="team-members" onClick={onEditMembers}>
            {t('teams.setMembers')}
            <span className="visually-hidden"> {team.name}</span>
          </button>
          <button
            type="button"
            className="button small"
            data-testid="team-rename"
            onClick={() => {
              setName(team.name);
              setRenaming(true);
            }}
          >
            {t('teams.rename')}
            <span className="visually-hidden"> {team.name}</span>
          </button>
          <button
            type="button"
            className="button small danger-text"
            data-testid="team-delete"
            disabled={remove.pending}
            onClick={() => remove.run()}
          >
            {t('common.delete')}
            <span className="visually-hidden"> {team.name}</span>
          </button>
        </div>
      )}
      <ErrorMessage error={rename.error ?? remove.error} />
    </li>
  );
}
