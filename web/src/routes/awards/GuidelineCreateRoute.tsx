import { useTranslation } from 'react-i18next';
import { GuidelineCreateForm } from '../../components/GuidelineDraftEditor';
import { PageTitle } from '../../components/PageTitle';
import { BackLink, PageMessage } from '../../components/QueryPage';
import { useViewer } from '../../viewer/viewer-context';

/** `/awards/guidelines/new`: drafts version 1 of a new criteria set (admins). */
export function GuidelineCreateRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const top = <BackLink to="/awards/guidelines" label={t('awards.guideline.backToList')} />;
  if (viewer?.role !== 'ADMIN') return <PageMessage top={top} message={t('awards.guidelineEditor.adminsOnly')} />;
  return (
    <div className="page">
      <PageTitle title={t('awards.guidelineEditor.createTitle')} />
      {top}
      <header className="page-header">
        <h1>{t('awards.guidelineEditor.createTitle')}</h1>
        <p className="lead">{t('awards.guidelineEditor.createIntro')}</p>
      </header>
      <GuidelineCreateForm />
    </div>
  );
}
