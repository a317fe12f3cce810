import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../apollo/errors';

interface MutationErrorProps {
  error: unknown;
  /** Offered on CONFLICT: loads what the other person saved, so the change can be made again on top. */
  onReload?: () => void;
}

/** Why a change was refused, by its code; a CONFLICT says someone else saved first and offers a reload. */
export function MutationError({ error, onReload }: MutationErrorProps) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  return (
    <div className="form-error" role="alert" data-error-code={code}>
      <p>{code === 'CONFLICT' ? t('forms.conflict') : t(`errors.${code}`)}</p>
      {code === 'CONFLICT' && onReload && (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('forms.reload')}
        </button>
      )}
    </div>
  );
}
