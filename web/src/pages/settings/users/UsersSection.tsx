import { useTranslation } from 'react-i18next';
import { createUser, updateUser, type UserChanges } from '../../../api/users.ts';
import { ROLES, type Role, type User } from '../../../api/types.ts';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RowButton } from '../../../components/RowButton.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import type { AsyncState } from '../../../hooks/useAsync.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { useFormat } from '../../../i18n/format.ts';
import { CreateUserForm } from './CreateUserForm.tsx';

interface Props {
  users: AsyncState<User[]>;
  canEdit: boolean;
  currentUserId: string;
}

export function UsersSection({ users, canEdit, currentUserId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const confirm = useConfirm();
  const create = useMutation(createUser, () => users.reload());
  const change = useMutation((id: string, changes: UserChanges) => updateUser(id, changes), () => users.reload());

  const toggleDisabled = async (user: User) => {
    if (!user.disabled) {
      const ok = await confirm({
        title: t('users.disableTitle'),
        message: t('users.disableMessage', { name: user.name || user.email }),
        confirmLabel: t('users.disable'),
        danger: true,
      });
      if (!ok) return;
    }
    await change.run(user.id, { disabled: !user.disabled });
  };

  return (
    <>
      {canEdit && (
        <section className="card" aria-labelledby="user-create-title">
          <h2 id="user-create-title">{t('users.create')}</h2>
          <CreateUserForm pending={create.pending} error={create.error} onSubmit={(input) => create.run(input)} />
        </section>
      )}
      <section className="card" aria-labelledby="user-list-title">
        <h2 id="user-list-title">{t('users.listTitle')}</h2>
        <ErrorMessage error={change.error} testId="users-error" />
        {users.loading && !users.data ? (
          <Loading />
        ) : users.error ? (
          <ErrorMessage error={users.error} onRetry={users.reload} />
        ) : (
          <table className="data-table" data-testid="users-table">
            <TableHead columns={[t('users.name'), t('users.email'), t('users.role'), t('users.status'), t('common.createdAt')]} actions={canEdit} />
            <tbody>
              {(users.data ?? []).map((user) => {
                // Changing one's own role or access could lock oneself out; another admin must do it.
                const editable = canEdit && user.id !== currentUserId;
                return (
                  <tr key={user.id} data-testid="user-row" className={user.disabled ? 'row-muted' : undefined}>
                    <td>
                      {user.name}
                      {user.id === currentUserId && <span className="muted small"> ({t('users.you')})</span>}
                    </td>
                    <td>{user.email}</td>
                    <td>
                      {editable ? (
                        <>
                          <label htmlFor={`role-${user.id}`} className="visually-hidden">
                            {t('users.roleFor', { name: user.name || user.email })}
                          </label>
                          <select
                            id={`role-${user.id}`}
                            data-testid="user-role-change"
                            value={user.role}
                            disabled={change.pending}
                            onChange={(event) => change.run(user.id, { role: event.target.value as Role })}
                          >
                            {ROLES.map((role) => (
                              <option key={role} value={role}>
                                {t(`roles.${role}`)}
                              </option>
                            ))}
                          </select>
                        </>
                      ) : (
                        <span className="role-badge">{t(`roles.${user.role}`, { defaultValue: user.role })}</span>
                      )}
                    </td>
                    <td>
                      <span className={user.disabled ? 'badge status-off' : 'badge status-on'}>
                        {user.disabled ? t('users.disabled') : t('users.active')}
                      </span>
                    </td>
                    <td title={format.dateTime(user.created_at)}>{format.date(user.created_at)}</td>
                    {canEdit && (
                      <td className="row-actions">
                        {editable && (
                          <RowButton
                            label={user.disabled ? t('users.enable') : t('users.disable')}
                            rowName={user.name || user.email}
                            danger={!user.disabled}
                            testId="user-toggle-disabled"
                            disabled={change.pending}
                            onClick={() => toggleDisabled(user)}
                          />
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
