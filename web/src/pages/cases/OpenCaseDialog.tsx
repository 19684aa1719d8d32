// "Open case" from a feedback item: a title, a priority and optionally a team (else routing decides),
// then straight to the new case.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CASE_PRIORITIES, openCase, type CasePriority } from '../../api/cases.ts';
import type { Feedback } from '../../api/types.ts';
import { listTeams } from '../../api/users.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { optionalText } from '../../components/forms.ts';
import { Modal } from '../../components/Modal.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useMutation } from '../../hooks/useMutation.ts';

/** A first line of what the customer said makes a title the agent recognises in the queue. */
export function suggestedTitle(feedback: Pick<Feedback, 'text' | 'text_redacted'>): string {
  const text = (feedback.text_redacted ?? feedback.text ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

interface Props {
  feedback: Pick<Feedback, 'id' | 'text' | 'text_redacted'>;
  onClose: () => void;
}

export function OpenCaseDialog({ feedback, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const teams = useAsync(() => listTeams().then((response) => response.items), []);
  const [title, setTitle] = useState(() => suggestedTitle(feedback));
  const [priority, setPriority] = useState<CasePriority>('normal');
  const [teamId, setTeamId] = useState('');
  const open = useMutation(
    () => openCase({ feedback_ids: [feedback.id], title: optionalText(title), priority, team_id: teamId || undefined }),
    (created) => navigate(`/cases/${created.id}`),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void open.run();
  };
  return (
    <Modal title={t('cases.open.title')} onClose={onClose} testId="open-case-dialog">
      <form className="form-stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="open-case-title">{t('cases.open.caseTitle')}</label>
          <input id="open-case-title" data-testid="open-case-title" maxLength={300} value={title} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="open-case-priority">{t('cases.columns.priority')}</label>
          <select id="open-case-priority" data-testid="open-case-priority" value={priority} onChange={(event) => setPriority(event.target.value as CasePriority)}>
            {CASE_PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {t(`cases.priority.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="open-case-team">{t('cases.assign.team')}</label>
          <select id="open-case-team" data-testid="open-case-team" value={teamId} onChange={(event) => setTeamId(event.target.value)}>
            <option value="">{t('cases.open.byRouting')}</option>
            {(teams.data ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <ErrorMessage error={open.error} testId="open-case-error" />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="open-case-submit" disabled={open.pending}>
            {open.pending ? t('common.saving') : t('cases.open.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The "Open case" button with its dialog, for places that show one feedback item. */
export function OpenCaseButton({ feedback, className = 'button small' }: { feedback: Props['feedback']; className?: string }) {
  const { t } = useTranslation();
  const [opening, setOpening] = useState(false);
  return (
    <>
      <button type="button" className={className} data-testid="open-case" onClick={() => setOpening(true)}>
        {t('cases.open.button')}
      </button>
      {opening && <OpenCaseDialog feedback={feedback} onClose={() => setOpening(false)} />}
    </>
  );
}
