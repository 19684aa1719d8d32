// Case routing: the ordered rules that send a new case to the team that owns the problem. The first
// enabled rule that matches wins, so order matters: drag a rule, or move it up and down.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createRoutingRule, deleteRoutingRule, listRoutingRules, reorderRoutingRules, updateRoutingRule, type RoutingRule, type RoutingRuleInput } from '../../../api/cases.ts';
import { listTeams } from '../../../api/users.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings, canReadAllCases } from '../../../app/permissions.ts';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../../components/ReadOnlyNotice.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useChannels } from '../../../hooks/useChannels.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { RoutingRuleDialog } from './RoutingRuleDialog.tsx';
import { RoutingRuleRow } from './RoutingRuleRow.tsx';
import { moveId } from './routingOrder.ts';
import '../../cases/cases.css';

export function CaseRoutingPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canEdit = canEditSettings(user.role);
  const confirm = useConfirm();
  const { nameOf } = useChannels();
  // Agents do not see the routing of other teams' cases: the server refuses, so the page does not ask.
  const canRead = canReadAllCases(user.role);
  const rules = useAsync(
    () => (canRead ? listRoutingRules().then((response) => [...response.items].sort((a, b) => a.position - b.position)) : Promise.resolve([])),
    [canRead],
  );
  const teams = useAsync(() => listTeams().then((response) => response.items), []);
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null);
  const save = useMutation(
    (input: RoutingRuleInput) => (editing && editing !== 'new' ? updateRoutingRule(editing.id, input) : createRoutingRule(input)),
    () => {
      setEditing(null);
      rules.reload();
    },
  );
  const action = useMutation((run: () => Promise<unknown>) => run(), () => rules.reload());
  const ordered = rules.data ?? [];
  const ids = ordered.map((rule) => rule.id);
  const reorder = (next: string[]) => action.run(() => reorderRoutingRules(next));
  const toggle = (rule: RoutingRule) =>
    action.run(() => updateRoutingRule(rule.id, { name: rule.name, enabled: !rule.enabled, conditions: rule.conditions, team_id: rule.team_id, assignment: rule.assignment, priority: rule.priority }));
  const remove = async (rule: RoutingRule) => {
    const ok = await confirm({ title: t('caseRouting.deleteTitle'), message: t('caseRouting.deleteMessage', { name: rule.name }), confirmLabel: t('common.delete'), danger: true });
    if (ok) await action.run(() => deleteRoutingRule(rule.id));
  };
  const teamName = (id: string) => teams.data?.find((team) => team.id === id)?.name ?? id;

  return (
    <div className="page" data-testid="case-routing-page">
      <PageHeader
        title={t('caseRouting.title')}
        subtitle={t('caseRouting.subtitle')}
        actions={
          canEdit ? (
            <button type="button" className="button primary" data-testid="rule-new" disabled={!teams.data?.length} onClick={() => setEditing('new')}>
              {t('caseRouting.new')}
            </button>
          ) : undefined
        }
      />
      {!canRead ? (
        <p className="notice" data-testid="routing-not-allowed">
          {t('caseRouting.notAllowed')}
        </p>
      ) : (
        !canEdit && <ReadOnlyNotice />
      )}
      {canEdit && teams.data && teams.data.length === 0 && <p className="notice">{t('caseRouting.needTeam')}</p>}
      <ErrorMessage error={action.error} testId="routing-error" />
      {rules.loading && !rules.data ? (
        <Loading />
      ) : rules.error ? (
        <ErrorMessage error={rules.error} onRetry={rules.reload} />
      ) : !canRead ? null : ordered.length === 0 ? (
        <p className="muted empty-state" data-testid="rules-empty">{t('caseRouting.empty')}</p>
      ) : (
        <ol className="stage-list" data-testid="routing-rules">
          {ordered.map((rule, index) => (
            <RoutingRuleRow
              key={rule.id}
              rule={rule}
              index={index}
              count={ordered.length}
              teamName={rule.team?.name ?? teamName(rule.team_id)}
              nameOf={nameOf}
              canEdit={canEdit}
              busy={action.pending}
              onMove={(direction) => reorder(moveId(ids, rule.id, ids[index + direction]!))}
              onDrop={(draggedId) => reorder(moveId(ids, draggedId, rule.id))}
              onEdit={() => setEditing(rule)}
              onToggle={() => toggle(rule)}
              onDelete={() => remove(rule)}
            />
          ))}
        </ol>
      )}
      {editing && (
        <RoutingRuleDialog
          initial={editing === 'new' ? undefined : editing}
          teams={teams.data ?? []}
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
