import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from './AuthContext.tsx';

export interface ReturnTo {
  from?: string;
}

/** Keeps signed-out visitors on the login page, remembering where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();

  if (state.status === 'checking') {
    return (
      <div className="boot-screen" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        <span>{t('common.loading')}</span>
      </div>
    );
  }
  if (state.status === 'anonymous') {
    const returnTo: ReturnTo = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/login" replace state={returnTo} />;
  }
  return <>{children}</>;
}
