import { useState } from 'react';
import { Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useSession } from './AuthContext.tsx';
import { Sidebar } from './Sidebar.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The signed-in frame: sidebar navigation, a top bar, and the current page. */
export function Layout() {
  const { t } = useTranslation();
  const { org } = useSession();
  // On narrow screens the sidebar becomes a panel that the menu button opens.
  const [navOpen, setNavOpen] = useState(false);

  return (
    <div className={navOpen ? 'shell nav-open' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            V
          </span>
          <span className="brand-name">OpenVoC</span>
        </div>
        <Sidebar onNavigate={() => setNavOpen(false)} />
      </aside>
      <div className="shell-main">
        <header className="topbar">
          <button
            type="button"
            className="icon-button nav-toggle"
            aria-label={t('nav.toggle')}
            aria-expanded={navOpen}
            onClick={() => setNavOpen((value) => !value)}
          >
            <Icon name="menu" size={18} />
          </button>
          <div className="org-name" data-testid="org-name" title={org.name}>
            {org.name}
          </div>
          <div className="topbar-actions">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
