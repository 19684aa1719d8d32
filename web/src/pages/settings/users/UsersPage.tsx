import { useTranslation } from 'react-i18next';
import { listUsers } from '../../../api/users.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings } from '../../../app/permissions.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../../components/ReadOnlyNotice.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { TeamsSection } from './TeamsSection.tsx';
import { UsersSection } from './UsersSection.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canEdit = canEditSettings(user.role);
  // Loaded once here: the teams section needs the same list to pick members from.
  const users = useAsync(() => listUsers().then((response) => response.items), []);

  return (
    <div className="page">
      <PageHeader title={t('users.title')} subtitle={t('users.subtitle')} />
      {!canEdit && <ReadOnlyNotice />}
      <UsersSection users={users} canEdit={canEdit} currentUserId={user.id} />
      <TeamsSection users={users.data ?? []} canEdit={canEdit} />
    </div>
  );
}
