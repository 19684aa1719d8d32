import { useTranslation } from 'react-i18next';
import { CASE_PRIORITIES, CASE_STATUSES } from '../../api/cases.ts';
import type { Team } from '../../api/types.ts';
import type { QueueFilters } from './caseFilters.ts';

interface Props {
  filters: QueueFilters;
  teams: Team[];
  onChange: (next: Partial<QueueFilters>) => void;
}

/** Status (open by default), priority, team and "breached only": the questions a team lead asks of a queue. */
export function CasesFiltersBar({ filters, teams, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <form className="filters-bar" role="search" aria-label={t('cases.filters.label')} onSubmit={(event) => event.preventDefault()}>
      <div className="filter-field">
        <label htmlFor="case-filter-status">{t('cases.filters.status')}</label>
        <select id="case-filter-status" data-testid="case-filter-status" value={filters.status} onChange={(event) => onChange({ status: event.target.value })}>
          <option value="open">{t('cases.filters.open')}</option>
          <option value="any">{t('cases.filters.any')}</option>
          {CASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`cases.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor="case-filter-priority">{t('cases.filters.priority')}</label>
        <select id="case-filter-priority" data-testid="case-filter-priority" value={filters.priority} onChange={(event) => onChange({ priority: event.target.value })}>
          <option value="">{t('cases.filters.any')}</option>
          {CASE_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`cases.priority.${priority}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor="case-filter-team">{t('cases.filters.team')}</label>
        <select id="case-filter-team" data-testid="case-filter-team" value={filters.team_id} onChange={(event) => onChange({ team_id: event.target.value })}>
          <option value="">{t('cases.filters.any')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
          {filters.team_id && !teams.some((team) => team.id === filters.team_id) && <option value={filters.team_id}>{filters.team_id}</option>}
        </select>
      </div>
      <label className="checkbox filter-breached">
        <input type="checkbox" data-testid="case-filter-breached" checked={filters.breached} onChange={(event) => onChange({ breached: event.target.checked })} />
        {t('cases.filters.breached')}
      </label>
    </form>
  );
}
