import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <title>{`${t('notFound.title')} · ${t('app.name')}`}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/initiatives">{t('notFound.backToInitiatives')}</Link>
      </p>
    </div>
  );
}
