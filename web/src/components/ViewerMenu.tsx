import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { SIGN_IN_PATH, signInPath } from '../viewer/sign-in-path';
import { useViewer } from '../viewer/viewer-context';

/** The header's "Signed in as … (role)" with a sign-out button, or a sign-in link for the public. */
export function ViewerMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, viewerError, signOut, signingOut } = useViewer();
  // Until the server says who is signed in, show neither: no "Sign in" flashing for someone who is.
  if (viewer === undefined && !viewerError) return <div className="viewer-menu" />;
  if (!viewer) {
    return (
      <div className="viewer-menu">
        {location.pathname !== SIGN_IN_PATH && (
          <Link className="button button--secondary" to={signInPath(location)}>
            {t('auth.signIn')}
          </Link>
        )}
      </div>
    );
  }
  return (
    <div className="viewer-menu viewer-menu--signed-in">
      <p className="viewer-menu__who">
        {t('auth.signedInAs', { name: viewer.displayName, role: t(`enums.Role.${viewer.role}`) })}
      </p>
      <button type="button" className="button button--secondary" disabled={signingOut} onClick={() => void signOut()}>
        {signingOut ? t('auth.signingOut') : t('auth.signOut')}
      </button>
    </div>
  );
}
