import { useTranslation } from 'react-i18next';
import { getFeedback } from '../../api/feedback.ts';
import type { Feedback } from '../../api/types.ts';
import { Drawer } from '../../components/Drawer.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { canWorkCases } from '../../app/permissions.ts';
import { OpenCaseButton } from '../cases/OpenCaseDialog.tsx';
import { FeedbackDetails } from './FeedbackDetails.tsx';

interface Props {
  id: string;
  /** The row from the list, shown at once while the full record (with its explanation) loads. */
  preview: Feedback | undefined;
  nameOf: (key: string) => string;
  onClose: () => void;
  showCustomerLink?: boolean;
}

export function FeedbackDrawer({ id, preview, nameOf, onClose, showCustomerLink }: Props) {
  const { t } = useTranslation();
  const detail = useAsync(() => getFeedback(id), [id]);
  const feedback = detail.data ?? preview;
  const { user } = useSession();

  return (
    <Drawer title={t('feedback.detailTitle')} onClose={onClose} testId="feedback-drawer">
      {detail.error !== null && <ErrorMessage error={detail.error} onRetry={detail.reload} />}
      {feedback && canWorkCases(user.role) && (
        <div className="form-actions">
          <OpenCaseButton feedback={feedback} />
        </div>
      )}
      {feedback ? (
        <FeedbackDetails feedback={feedback} nameOf={nameOf} complete={detail.data !== undefined} showCustomerLink={showCustomerLink} />
      ) : (
        detail.loading && <Loading />
      )}
    </Drawer>
  );
}
