import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/AuthContext.tsx';
import type { ReturnTo } from '../../app/RequireAuth.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';

/** Only same-app paths are followed after login, so a crafted link cannot bounce users elsewhere. */
function safeReturnPath(state: unknown): string {
  const from = (state as ReturnTo | null)?.from;
  if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login')) {
    return from;
  }
  return '/inbox';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, signIn, recheck } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const returnPath = safeReturnPath(location.state);

  if (state.status === 'signed-in') return <Navigate to={returnPath} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(returnPath, { replace: true });
    } catch (cause) {
      setError(cause);
      setSubmitting(false);
    }
  };

  const startupError = state.status === 'anonymous' ? state.checkError : undefined;

  return (
    <div className="login-screen">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <div className="brand login-brand">
          <span className="brand-mark" aria-hidden="true">
            V
          </span>
          <span className="brand-name">OpenVoC</span>
        </div>
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('auth.subtitle')}</p>
        {startupError !== undefined && <ErrorMessage error={startupError} onRetry={recheck} />}
        <form onSubmit={onSubmit} className="form-stack">
          <div className="field">
            <label htmlFor="login-email">{t('auth.email')}</label>
            <input
              id="login-email"
              data-testid="login-email"
              type="email"
              autoComplete="username"
              required
              autoFocus
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('auth.password')}</label>
            <input
              id="login-password"
              data-testid="login-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <ErrorMessage error={error} testId="login-error" />
          <button
            type="submit"
            className="button primary block"
            data-testid="login-submit"
            disabled={submitting || state.status === 'checking'}
            aria-busy={submitting}
          >
            {submitting ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </form>
      </main>
    </div>
  );
}
