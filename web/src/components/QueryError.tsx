import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { errorCodeOf } from '../apollo/errors';
import { signInPath } from '../viewer/sign-in-path';

interface QueryErrorProps {
  error: unknown;
  /** Offered as a "try again" button when given. */
  onRetry?: () => void;
}

/** An error explained by its code in the person's language; server messages are never shown. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const code = errorCodeOf(error);
  return (
    <div className="query-error" role="alert" data-error-code={code}>
      <h2>{t('errors.title')}</h2>
      <p>{t(`errors.${code}`)}</p>
      <div className="query-error__actions">
        {code === 'UNAUTHENTICATED' && (
          <Link className="button" to={signInPath(location)}>
            {t('auth.signIn')}
          </Link>
        )}
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('states.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
