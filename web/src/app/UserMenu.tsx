import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Icon } from '../components/Icon.tsx';
import { useAuth, useSession } from './AuthContext.tsx';

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  // Close on outside click or Escape, the way every menu on the web behaves.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const onLogout = async () => {
    setLeaving(true);
    await signOut();
    navigate('/login', { replace: true });
  };

  const initial = (user.name || user.email).trim().charAt(0).toUpperCase();

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        type="button"
        className="user-menu-trigger"
        data-testid="user-menu"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="avatar" aria-hidden="true">
          {initial}
        </span>
        <span className="user-menu-name">{user.name || user.email}</span>
        <Icon name="chevronDown" size={14} />
      </button>
      {open && (
        <div className="user-menu-panel" id={menuId}>
          <div className="user-menu-identity">
            <strong>{user.name}</strong>
            <span className="muted">{user.email}</span>
            <span className="role-badge" data-testid="user-role">
              {t(`roles.${user.role}`)}
            </span>
          </div>
          <button type="button" className="menu-item" data-testid="logout" onClick={onLogout} disabled={leaving}>
            <Icon name="logout" />
            {leaving ? t('auth.signingOut') : t('auth.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}
