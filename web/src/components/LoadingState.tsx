import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <p className="loading-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('states.loading')}
    </p>
  );
}
