// What can be done with the case now, offered only to those allowed to work it and only where the
// status flow allows it (new → assigned → in progress → waiting on customer → resolved → closed).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignCase, CASE_PRIORITIES, changeCaseStatus, updateCase, type Case, type CasePriority, type StatusChange } from '../../api/cases.ts';
import { listTeams, listUsers } from '../../api/users.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { AssignDialog, type AssignChoice } from './AssignDialog.tsx';
import { ResolveDialog } from './ResolveDialog.tsx';

interface Props {
  item: Case;
  onChanged: () => void;
}

export function CaseActions({ item, onChanged }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [dialog, setDialog] = useState<'assign' | 'resolve' | null>(null);
  const teams = useAsync(() => listTeams().then((response) => response.items), []);
  const users = useAsync(() => (dialog === 'assign' ? listUsers().then((response) => response.items) : Promise.resolve(null)), [dialog]);
  // Only a member of the case's team can own it (the server checks the same).
  const caseTeam = teams.data?.find((team) => team.id === item.team?.id);
  const canTake = item.team === null ? teams.data !== undefined : Boolean(caseTeam?.members.some((member) => member.id === user.id));
  const done = () => {
    setDialog(null);
    onChanged();
  };
  const assign = useMutation((choice: AssignChoice) => assignCase(item.id, choice), done);
  const status = useMutation((change: StatusChange) => changeCaseStatus(item.id, change), done);
  const priority = useMutation((value: CasePriority) => updateCase(item.id, { priority: value }), done);
  const open = item.status !== 'resolved' && item.status !== 'closed';
  const to = (next: StatusChange['status']) => () => void status.run({ status: next });

  return (
    <div className="case-actions" data-testid="case-actions">
      {open && canTake && item.assignee?.id !== user.id && (
        <button type="button" className="button primary" data-testid="case-take" disabled={assign.pending} onClick={() => assign.run({ assignee_id: user.id })}>
          {t('cases.actions.take')}
        </button>
      )}
      {open && (
        <button type="button" className="button" data-testid="case-assign" onClick={() => setDialog('assign')}>
          {item.team || item.assignee ? t('cases.actions.transfer') : t('cases.actions.assign')}
        </button>
      )}
      {(item.status === 'new' || item.status === 'assigned' || item.status === 'waiting_on_customer') && (
        <button type="button" className="button" data-testid="case-start" disabled={status.pending} onClick={to('in_progress')}>
          {item.status === 'waiting_on_customer' ? t('cases.actions.resume') : t('cases.actions.start')}
        </button>
      )}
      {item.status === 'in_progress' && (
        <button type="button" className="button" data-testid="case-wait" disabled={status.pending} onClick={to('waiting_on_customer')}>
          {t('cases.actions.wait')}
        </button>
      )}
      {open && (
        <button type="button" className="button primary" data-testid="case-resolve" onClick={() => setDialog('resolve')}>
          {t('cases.actions.resolve')}
        </button>
      )}
      {item.status === 'resolved' && (
        <button type="button" className="button" data-testid="case-close" disabled={status.pending} onClick={to('closed')}>
          {t('cases.actions.close')}
        </button>
      )}
      {!open && (
        <button type="button" className="button" data-testid="case-reopen" disabled={status.pending} onClick={to('in_progress')}>
          {t('cases.actions.reopen')}
        </button>
      )}
      {open && (
        <label className="inline-row case-priority-select">
          <span className="muted small">{t('cases.columns.priority')}</span>
          <select data-testid="case-priority-select" value={item.priority} disabled={priority.pending} onChange={(event) => priority.run(event.target.value as CasePriority)}>
            {CASE_PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {t(`cases.priority.${value}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <ErrorMessage error={dialog === null ? (assign.error ?? status.error ?? priority.error) : null} testId="case-action-error" />
      {dialog === 'assign' && (
        <AssignDialog
          item={item}
          teams={teams.data ?? []}
          users={users.data ?? []}
          pending={assign.pending}
          error={assign.error ?? teams.error ?? users.error}
          onAssign={(choice) => void assign.run(choice)}
          onClose={() => {
            assign.clearError();
            setDialog(null);
          }}
        />
      )}
      {dialog === 'resolve' && (
        <ResolveDialog
          number={item.number}
          pending={status.pending}
          error={status.error}
          onResolve={(change) => void status.run(change)}
          onClose={() => {
            status.clearError();
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
