import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../viewer/sign-in-path';
import { useViewer } from '../viewer/viewer-context';

/**
 * Says what changed when the identity did: signed out, or the session ended (the page now shows what
 * the public may see), or signing out failed. The live region is always there, so a screen reader
 * announces what appears in it.
 */
export function SessionNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const { notice, dismissNotice } = useViewer();
  return (
    <div className="session-notice-region" aria-live="polite">
      {notice && (
        <div
          className={`session-notice session-notice--${notice.kind}`}
          role={notice.kind === 'signedOut' ? 'status' : 'alert'}
          data-notice={notice.kind}
        >
          <p>
            {notice.kind === 'signedOut' && t('auth.signedOut')}
            {notice.kind === 'sessionEnded' && (
              <>
                {t('auth.sessionEnded')}{' '}
                <Link to={signInPath(location)} onClick={dismissNotice}>
                  {t('auth.signInAgain')}
                </Link>
              </>
            )}
            {notice.kind === 'signOutFailed' && `${t('auth.signOutFailed')} ${t(`errors.${notice.code}`)}`}
          </p>
          <button type="button" className="button button--quiet" onClick={dismissNotice}>
            {t('auth.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
