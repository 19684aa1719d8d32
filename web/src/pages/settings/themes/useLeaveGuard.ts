import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useConfirm, type ConfirmRequest } from '../../../components/ConfirmDialog.tsx';

/**
 * While there are unsaved changes, asks before the page is left: the browser's own prompt for
 * reloads and closing the tab, and the app's confirmation for links inside the dashboard (the
 * app uses a plain BrowserRouter, so route blocking is done by intercepting link clicks).
 */
export function useLeaveGuard(dirty: boolean, request: ConfirmRequest): void {
  const confirm = useConfirm();
  const navigate = useNavigate();
  const requestRef = useRef(request);
  requestRef.current = request;

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return;
      if (anchor.target && anchor.target !== '_self') return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      event.preventDefault();
      void confirm(requestRef.current).then((leave) => {
        if (leave) navigate(`${url.pathname}${url.search}${url.hash}`);
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, confirm, navigate]);
}
