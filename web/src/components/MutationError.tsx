import { CombinedGraphQLErrors } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../apollo/errors';

interface MutationErrorProps {
  error: unknown;
  /** Offered on CONFLICT: loads what the other person saved, so the change can be made again on top. */
  onReload?: () => void;
  /**
   * The change can be refused by a rule of the domain with CONFLICT (publishing without a covering
   * consent, a second reviewer missing), not only by a stale version: the server's sentence then
   * says which, so it is shown under the catalogue's message.
   */
  refusal?: boolean;
}

/** The server's own sentence for the first error with `code` (English; people read it as a detail). */
export function serverMessageOf(error: unknown, code: string): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors.find((e) => e.extensions?.code === code)?.message ?? null;
}

/** Why a change was refused, by its code; a CONFLICT says someone else saved first and offers a reload. */
export function MutationError({ error, onReload, refusal }: MutationErrorProps) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  const detail = refusal && code === 'CONFLICT' ? serverMessageOf(error, code) : null;
  return (
    <div className="form-error" role="alert" data-error-code={code}>
      <p>{detail ? t('forms.refused') : code === 'CONFLICT' ? t('forms.conflict') : t(`errors.${code}`)}</p>
      {detail && (
        <p className="form-error__detail" lang="en">
          {detail}
        </p>
      )}
      {code === 'CONFLICT' && onReload && (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('forms.reload')}
        </button>
      )}
    </div>
  );
}
