import { CombinedGraphQLErrors } from '@apollo/client';
import { useTranslation } from 'react-i18next';

/**
 * The wait a RATE_LIMITED answer asks for, in whole minutes (its `extensions.retryAfterSeconds`,
 * rounded up); `null` when it says none; `undefined` when the error is not RATE_LIMITED at all.
 */
export function retryAfterMinutesOf(error: unknown): number | null | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const limited = error.errors.find((e) => e.extensions?.code === 'RATE_LIMITED');
  if (!limited) return undefined;
  const seconds = limited.extensions?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : null;
}

/** A nomination refused by the intake limits, in plain words with how long to wait. */
export function NominationRateLimited({ minutes }: { minutes: number | null }) {
  const { t } = useTranslation();
  return (
    <div className="form-error" role="alert" data-error-code="RATE_LIMITED">
      <p>
        {minutes === null
          ? t('awards.nominate.rateLimitedLater')
          : t('awards.nominate.rateLimited', { count: minutes })}
      </p>
    </div>
  );
}
