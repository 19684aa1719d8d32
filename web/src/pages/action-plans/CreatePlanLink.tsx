// The small "Create action plan" link the Theme explorer and the Journey map show, opening the plan
// dialog pre-filled with the theme or breakpoint; shown only to those who may write plans.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/AuthContext.tsx';
import { canManagePlans, newPlanFromBreakpoint, newPlanFromTheme } from './planFormat.ts';

type Props = { theme: string } | { from: string; to: string };

export function CreatePlanLink(props: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!canManagePlans(user.role)) return null;
  if ('theme' in props) {
    return (
      <Link className="button small" to={newPlanFromTheme(props.theme)} data-testid="create-plan-from-theme">
        {t('actionPlans.createFromTheme')}
      </Link>
    );
  }
  return (
    <Link to={newPlanFromBreakpoint(props.from, props.to)} data-testid="create-plan-from-breakpoint" title={t('actionPlans.createFromBreakpoint')} aria-label={t('actionPlans.createFromBreakpoint')}>
      ＋
    </Link>
  );
}
