import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../api/cases.ts';
import type { Team, User } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { optionalText } from '../../components/forms.ts';
import { Modal } from '../../components/Modal.tsx';

export interface AssignChoice {
  team_id?: string | null;
  assignee_id?: string | null;
  reason?: string;
}

interface Props {
  item: Case;
  teams: Team[];
  users: User[];
  pending: boolean;
  error: unknown;
  onAssign: (choice: AssignChoice) => void;
  onClose: () => void;
}

/**
 * Assigning a case that already has an owner is a transfer: it is counted, and the reason is kept
 * on the timeline, because being passed around is what customers hate most.
 */
export function AssignDialog({ item, teams, users, pending, error, onAssign, onClose }: Props) {
  const { t } = useTranslation();
  const [teamId, setTeamId] = useState(item.team?.id ?? '');
  const [assigneeId, setAssigneeId] = useState(item.assignee?.id ?? '');
  const [reason, setReason] = useState('');
  const isTransfer = item.team !== null || item.assignee !== null;
  const team = teams.find((candidate) => candidate.id === teamId);
  // Within a team, only its members can take the case; without a team, anyone active.
  const people = team ? users.filter((user) => team.members.some((member) => member.id === user.id)) : users;
  const candidates = people.filter((user) => !user.disabled && user.role !== 'viewer');
  const unchanged = teamId === (item.team?.id ?? '') && assigneeId === (item.assignee?.id ?? '');

  return (
    <Modal
      title={isTransfer ? t('cases.assign.transferTitle', { number: item.number }) : t('cases.assign.title', { number: item.number })}
      onClose={onClose}
      testId="assign-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button primary"
            data-testid="assign-submit"
            disabled={pending || unchanged}
            onClick={() => onAssign({ team_id: teamId || null, assignee_id: assigneeId || null, reason: optionalText(reason) })}
          >
            {pending ? t('common.saving') : isTransfer ? t('cases.assign.transfer') : t('cases.assign.assign')}
          </button>
        </>
      }
    >
      <div className="form-stack">
        <div className="field">
          <label htmlFor="assign-team">{t('cases.assign.team')}</label>
          <select
            id="assign-team"
            data-testid="assign-team"
            value={teamId}
            onChange={(event) => {
              setTeamId(event.target.value);
              setAssigneeId('');
            }}
          >
            <option value="">{t('cases.noTeam')}</option>
            {teams.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="assign-assignee">{t('cases.assign.assignee')}</label>
          <select id="assign-assignee" data-testid="assign-assignee" value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)}>
            <option value="">{team ? t('cases.assign.teamQueue') : t('cases.unassigned')}</option>
            {candidates.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </div>
        {isTransfer && (
          <div className="field">
            <label htmlFor="assign-reason">{t('cases.assign.reason')}</label>
            <textarea id="assign-reason" rows={2} maxLength={500} data-testid="assign-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
            <span className="hint">{t('cases.assign.reasonHint', { count: item.transfer_count })}</span>
          </div>
        )}
        <ErrorMessage error={error} />
      </div>
    </Modal>
  );
}
