import { useTranslation } from 'react-i18next';
import type { AuthRefusal } from '../../viewer/auth-api';

/** Why signing in was refused, by code, in the person's language; the server's words are never shown. */
export function SignInError({ id, refusal }: { id: string; refusal: AuthRefusal }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="form-error" role="alert" data-error-code={refusal.code}>
      {message()}
    </p>
  );

  function message(): string {
    switch (refusal.code) {
      // The same answer for a wrong password, an unknown email and a disabled account: the server
      // does not say which, so nobody can probe for accounts.
      case 'UNAUTHENTICATED':
        return t('signIn.errors.UNAUTHENTICATED');
      case 'BAD_USER_INPUT':
        return t('signIn.errors.BAD_USER_INPUT');
      case 'FORBIDDEN':
        return t('signIn.errors.FORBIDDEN');
      case 'INTERNAL_SERVER_ERROR':
        return t('signIn.errors.INTERNAL_SERVER_ERROR');
      case 'RATE_LIMITED': {
        const seconds = refusal.retryAfterSeconds;
        if (!seconds) return t('signIn.errors.RATE_LIMITED');
        return seconds < 60
          ? t('signIn.errors.rateLimitedSeconds', { count: seconds })
          : t('signIn.errors.rateLimitedMinutes', { count: Math.ceil(seconds / 60) });
      }
      default:
        return t(`errors.${refusal.code}`);
    }
  }
}
