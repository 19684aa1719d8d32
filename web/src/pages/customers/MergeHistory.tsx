import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CustomerMerge } from '../../api/customers.ts';
import { useFormat } from '../../i18n/format.ts';
import { shortId } from './customerName.ts';

interface Props {
  customerId: string;
  merges: CustomerMerge[];
  canManage: boolean;
  pending: boolean;
  onUnmerge: (merge: CustomerMerge) => void;
}

/** Why this profile holds what it holds: every merge with its cause, who made it, and the way back. */
export function MergeHistory({ customerId, merges, canManage, pending, onUnmerge }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (merges.length === 0) return <p className="muted">{t('customers.noMerges')}</p>;
  const who = (by: { actor: string; name: string | null }) => {
    if (by.actor.startsWith('api_key:')) return t('customers.byApiKey', { name: by.name ?? by.actor.slice(8, 16) });
    return by.name ?? (by.actor === 'system' ? t('customers.bySystem') : by.actor);
  };
  return (
    <ul className="merge-list" data-testid="merge-history">
      {merges.map((merge) => {
        const other = merge.survivor_id === customerId ? merge.absorbed_id : merge.survivor_id;
        return (
          <li key={merge.id} className={merge.unmerged_at ? 'merge-item row-muted' : 'merge-item'} data-testid="merge-item">
            <div>
              <strong>
                {merge.survivor_id === customerId
                  ? t('customers.mergedIn', { id: shortId(merge.absorbed_id) })
                  : t('customers.mergedInto', { id: shortId(merge.survivor_id) })}
              </strong>{' '}
              <Link to={`/customers/${other}`} className="mono small">
                {shortId(other)}
              </Link>
              <div className="muted small">
                {merge.cause === 'manual'
                  ? t('customers.causeManual')
                  : merge.identifier
                    ? t('customers.causeIdentifier', {
                        kind: t(`customers.kinds.${merge.identifier.kind}`, { defaultValue: merge.identifier.kind }),
                        value: merge.identifier.value ?? t('customers.valueErased'),
                      })
                    : t('customers.causeShared')}
                {' · '}
                {t('customers.mergedBy', { who: who(merge.merged_by), when: format.dateTime(merge.merged_at) })}
                {merge.unmerged_at && merge.unmerged_by && (
                  <>
                    {' · '}
                    {t('customers.unmergedBy', { who: who(merge.unmerged_by), when: format.dateTime(merge.unmerged_at) })}
                  </>
                )}
              </div>
            </div>
            {canManage && merge.reversible && (
              <button type="button" className="button small" disabled={pending} onClick={() => onUnmerge(merge)} data-testid="unmerge">
                {t('customers.unmerge')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
