import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/format';
import { PublicationTable } from './PublicationTable';
import type { Erasure } from './StoryErase';

/** After an erasure: what happened, what remains, and the story's publications to take down now. */
export function StoryErasedNotice({ erasure }: { erasure: Erasure }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="panel stack" role="status" data-testid="erased-notice">
      <p>{t('erase.done', { date: format.date(erasure.tombstone.erasedAt), id: erasure.tombstone.storyId })}</p>
      {erasure.publicationsToTakeDown.length > 0 ? (
        <>
          <PublicationTable publications={erasure.publicationsToTakeDown} caption={t('erase.takeDown')} />
          <p>
            <Link to="/stories/publications#takedown">{t('publications.takedownTitle')}</Link>
          </p>
        </>
      ) : (
        <p>{t('erase.nothingToTakeDown')}</p>
      )}
      <p>
        <Link to="/stories/erased">{t('erasedList.title')}</Link>
      </p>
    </div>
  );
}
