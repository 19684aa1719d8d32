import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewUserInput } from '../../../api/users.ts';
import { ROLES, type Role } from '../../../api/types.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { LANGUAGES } from '../../../i18n/index.ts';

const EMPTY = { email: '', name: '', password: '', role: 'analyst' as Role, locale: '' };
// A hint for the browser's own check; the server's password rule still has the last word.
const MIN_PASSWORD_LENGTH = 8;

interface Props {
  pending: boolean;
  error: unknown;
  onSubmit: (input: NewUserInput) => Promise<boolean>;
}

export function CreateUserForm({ pending, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY, value: string) => setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await onSubmit({
      email: values.email.trim(),
      name: values.name.trim(),
      password: values.password,
      role: values.role,
      locale: values.locale || undefined,
    });
    if (saved) setValues(EMPTY);
  };

  return (
    <form className="inline-form" onSubmit={submit} data-testid="user-create-form">
      <div className="field">
        <label htmlFor="new-user-name">{t('users.name')}</label>
        <input id="new-user-name" data-testid="user-name" required value={values.name} onChange={(e) => set('name', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="new-user-email">{t('users.email')}</label>
        <input
          id="new-user-email"
          data-testid="user-email"
          type="email"
          required
          autoComplete="off"
          value={values.email}
          onChange={(e) => set('email', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-user-password">{t('users.password')}</label>
        <input
          id="new-user-password"
          data-testid="user-password"
          type="password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          autoComplete="new-password"
          aria-describedby="new-user-password-hint"
          value={values.password}
          onChange={(e) => set('password', e.target.value)}
        />
        <span className="hint" id="new-user-password-hint">
          {t('users.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        </span>
      </div>
      <div className="field">
        <label htmlFor="new-user-role">{t('users.role')}</label>
        <select id="new-user-role" data-testid="user-role-select" value={values.role} onChange={(e) => set('role', e.target.value)}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-user-locale">{t('users.locale')}</label>
        <select id="new-user-locale" value={values.locale} onChange={(e) => set('locale', e.target.value)}>
          <option value="">{t('users.localeDefault')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`languages.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending} data-testid="user-submit">
          {pending ? t('common.saving') : t('users.create')}
        </button>
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}
