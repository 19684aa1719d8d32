import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.tsx';

/** The Clipboard API needs a secure context; plain-HTTP self-hosted installs fall back to execCommand. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the legacy path.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const onClick = async () => {
    setStatus((await copyText(text)) ? 'copied' : 'failed');
    window.setTimeout(() => setStatus('idle'), 2500);
  };

  return (
    <>
      <button type="button" className="button" onClick={onClick} data-testid={testId}>
        <Icon name="copy" />
        {status === 'copied' ? t('common.copied') : t('common.copy')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {status === 'copied' ? t('common.copied') : status === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </>
  );
}
