import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon.tsx';
import { NAVIGATION } from './navigation.ts';

export function Sidebar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar-nav" aria-label={t('nav.label')}>
      {NAVIGATION.map((group) => (
        <div className="nav-group" key={group.labelKey}>
          <h2 className="nav-group-title">{t(group.labelKey)}</h2>
          <ul>
            {group.items.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  data-testid={item.testId}
                  className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
                  onClick={onNavigate}
                >
                  <Icon name={item.icon} />
                  <span>{t(item.labelKey)}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
