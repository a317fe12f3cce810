import { useTranslation } from 'react-i18next';

/** The document's title: the page's own, then the application's name. */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  return <title>{`${title} · ${t('app.name')}`}</title>;
}
