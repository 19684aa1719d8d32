// Creates (last in order) or replaces a routing rule; its team must be one of the organisation's.
import { inTransaction, isForeignKeyViolation, type Db, type Tx } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput, validationFailed } from '../parse-input.ts';
import { findRoutingRule, insertRoutingRule, updateRoutingRule, type RoutingRuleRow } from './case-routing.repo.ts';
import { canManageCaseSettings } from './cases.policy.ts';
import { routingRuleSchema } from './cases.schema.ts';

export async function createRoutingRule(db: Db, actor: Actor, rawInput: unknown): Promise<RoutingRuleRow> {
  authorize(canManageCaseSettings(actor), 'manage case routing');
  const input = parseInput(routingRuleSchema, rawInput);
  return inTransaction(db, async (tx) => {
    const id = await withKnownTeam(tx, () => insertRoutingRule(tx, actor.orgId, input));
    return (await findRoutingRule(tx, actor.orgId, id))!;
  });
}

export async function updateRoutingRuleById(db: Db, actor: Actor, id: string, rawInput: unknown): Promise<RoutingRuleRow> {
  authorize(canManageCaseSettings(actor), 'manage case routing');
  const input = parseInput(routingRuleSchema, rawInput);
  return inTransaction(db, async (tx) => {
    if (!(await withKnownTeam(tx, () => updateRoutingRule(tx, actor.orgId, id, input)))) throw new AppError('not_found', 'No such routing rule.');
    return (await findRoutingRule(tx, actor.orgId, id))!;
  });
}

async function withKnownTeam<T>(tx: Tx, write: () => Promise<T>): Promise<T> {
  await tx.query('SAVEPOINT routing_rule_write');
  try {
    const result = await write();
    await tx.query('RELEASE SAVEPOINT routing_rule_write');
    return result;
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT routing_rule_write');
    throw validationFailed([{ path: 'team_id', message: 'no such team in this organisation' }]);
  }
}
