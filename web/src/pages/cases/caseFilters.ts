// The queue's tab and filters live in the URL, so a filtered queue can be bookmarked, shared and
// restored by the back button.
import type { CaseListQuery, CaseQueue } from '../../api/cases.ts';
import type { Role } from '../../api/types.ts';
import { canReadAllCases } from '../../app/permissions.ts';

export interface QueueFilters {
  queue: CaseQueue;
  /** 'open' (default: not resolved or closed), 'any', or one status. */
  status: string;
  priority: string;
  team_id: string;
  breached: boolean;
}

export type QueueFilterKey = Exclude<keyof QueueFilters, 'queue' | 'breached'>;

export function queuesFor(role: Role): CaseQueue[] {
  return canReadAllCases(role) ? ['mine', 'team', 'all'] : ['mine', 'team'];
}

/** Agents start with their own cases; everyone else with the whole organisation's. */
export function defaultQueue(role: Role): CaseQueue {
  return canReadAllCases(role) ? 'all' : 'mine';
}

export function readFilters(params: URLSearchParams, role: Role): QueueFilters {
  const queues = queuesFor(role);
  const queue = params.get('queue') as CaseQueue | null;
  return {
    queue: queue && queues.includes(queue) ? queue : defaultQueue(role),
    status: params.get('status') || 'open',
    priority: params.get('priority') ?? '',
    team_id: params.get('team_id') ?? '',
    breached: params.get('breached') === 'true',
  };
}

export function writeFilters(filters: QueueFilters, role: Role): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.queue !== defaultQueue(role)) params.set('queue', filters.queue);
  if (filters.status !== 'open') params.set('status', filters.status);
  if (filters.priority) params.set('priority', filters.priority);
  if (filters.team_id) params.set('team_id', filters.team_id);
  if (filters.breached) params.set('breached', 'true');
  return params;
}

export function toQuery(filters: QueueFilters): CaseListQuery {
  return {
    queue: filters.queue,
    status: filters.status === 'any' ? undefined : filters.status,
    priority: filters.priority || undefined,
    team_id: filters.team_id || undefined,
    breached: filters.breached || undefined,
  };
}

export function hasFilters(filters: QueueFilters): boolean {
  return filters.status !== 'open' || Boolean(filters.priority || filters.team_id || filters.breached);
}
