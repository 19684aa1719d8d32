// Switches between the inbox, the rules and the notification channels of the alerts area.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useSession } from '../../app/AuthContext.tsx';
import { canEditSettings } from '../../app/permissions.ts';

export function AlertsTabs() {
  const { t } = useTranslation();
  const { user } = useSession();
  const tabs = [
    { to: '/alerts', label: t('alerts.tabs.inbox'), testId: 'alerts-tab-inbox' },
    { to: '/alerts/rules', label: t('alerts.tabs.rules'), testId: 'alerts-tab-rules' },
    ...(canEditSettings(user.role) ? [{ to: '/alerts/channels', label: t('alerts.tabs.channels'), testId: 'alerts-tab-channels' }] : []),
  ];
  return (
    <nav aria-label={t('alerts.tabs.label')} style={{ display: 'flex', gap: '1rem', marginBottom: '1rem' }}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end className={({ isActive }) => `button small${isActive ? ' primary' : ''}`} data-testid={tab.testId}>
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
