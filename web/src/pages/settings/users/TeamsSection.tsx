import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types.ts';
import { setTeamLeads } from '../../../api/caseSettings.ts';
import { createTeam, deleteTeam, listTeams, renameTeam, setTeamMembers } from '../../../api/users.ts';
import { AsyncList } from '../../../components/AsyncList.tsx';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { TeamMembersDialog } from './TeamMembersDialog.tsx';
import { TeamRow } from './TeamRow.tsx';

export function TeamsSection({ users, canEdit }: { users: User[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const teams = useAsync(() => listTeams().then((response) => response.items), []);
  const [name, setName] = useState('');
  const [membersOf, setMembersOf] = useState<string | null>(null);
  const create = useMutation(createTeam, () => {
    setName('');
    teams.reload();
  });

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void create.run(name.trim());
  };

  const onDelete = async (id: string, teamName: string) => {
    const ok = await confirm({
      title: t('teams.deleteTitle'),
      message: t('teams.deleteMessage', { name: teamName }),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (!ok) return;
    await deleteTeam(id);
    teams.reload();
  };

  const editedTeam = teams.data?.find((team) => team.id === membersOf);

  return (
    <section className="card" aria-labelledby="teams-title">
      <h2 id="teams-title">{t('teams.title')}</h2>
      <p className="muted">{t('teams.subtitle')}</p>
      {canEdit && (
        <form className="inline-form" onSubmit={onCreate} data-testid="team-create-form">
          <div className="field grow">
            <label htmlFor="new-team-name">{t('teams.name')}</label>
            <input
              id="new-team-name"
              data-testid="team-name"
              required
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={create.pending} data-testid="team-submit">
              {create.pending ? t('common.saving') : t('teams.create')}
            </button>
          </div>
          <ErrorMessage error={create.error} />
        </form>
      )}
      <AsyncList state={teams} emptyTestId="teams-empty" emptyText={t('teams.empty')}>
        {(items) => (
          <ul className="team-list" data-testid="teams-list">
            {items.map((team) => (
              <TeamRow
                key={team.id}
                team={team}
                canEdit={canEdit}
                onRename={async (newName) => {
                  await renameTeam(team.id, newName);
                  teams.reload();
                }}
                onDelete={() => onDelete(team.id, team.name)}
                onEditMembers={() => setMembersOf(team.id)}
              />
            ))}
          </ul>
        )}
      </AsyncList>
      {editedTeam && (
        <TeamMembersDialog
          team={editedTeam}
          users={users}
          onClose={() => setMembersOf(null)}
          onSave={async (userIds, leadIds) => {
            await setTeamMembers(editedTeam.id, userIds);
            await setTeamLeads(editedTeam.id, leadIds);
            teams.reload();
          }}
        />
      )}
    </section>
  );
}
