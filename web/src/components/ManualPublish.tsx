import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useTranslation } from 'react-i18next';
import type { ManualPublish_ManualFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { usePublishManualMutation } from '../mutations/usePublishManualMutation';
import { problemPlace } from '../routes/awards/ManualDraft';
import { VersionedEditForm, VersionedFragment } from './VersionedEditForm';

interface ManualPublishProps {
  manual: FragmentType<ManualPublish_ManualFragment>;
  /** Asks for the manual again (after a CONFLICT: someone else changed it first). */
  onReload: () => void;
}

/**
 * Publishes the draft as it was last saved: the server checks that every chapter has best practices of
 * announced editions and names each one that does not, which is listed here by chapter.
 */
export function ManualPublish({ manual, onReload }: ManualPublishProps) {
  return (
    <VersionedFragment fragment={MANUAL_PUBLISH_FRAGMENT} from={manual}>
      {(data) => <PublishForm data={data} onReload={onReload} />}
    </VersionedFragment>
  );
}

function PublishForm({ data, onReload }: { data: ManualPublish_ManualFragment; onReload: () => void }) {
  const { t } = useTranslation();
  const [publish, publishing] = usePublishManualMutation();
  const problems = Object.entries(fieldProblemsOf(publishing.error));
  if (data.status !== 'DRAFT') return null;
  return (
    <VersionedEditForm
      className="stack panel"
      label={t('awards.manuals.publishTitle')}
      onSubmit={() => publish({ variables: { input: { manualId: data.id, expectedVersion: data.version } } })}
      mutation={publishing}
      onReload={onReload}
      refusal
      submitLabel={t('awards.manuals.publishSubmit')}
      busyLabel={t('awards.manuals.publishing')}
    >
      <h2>{t('awards.manuals.publishTitle')}</h2>
      <p className="muted">{t('awards.manuals.publishIntro')}</p>
      {problems.length > 0 && (
        <ul className="field-error">
          {problems.map(([field, message]) => {
            const place = problemPlace(field);
            const where =
              place.item !== undefined
                ? t('awards.manuals.problemItem', { chapter: place.chapter, item: place.item })
                : place.chapter !== undefined
                  ? t('awards.manuals.problemChapter', { chapter: place.chapter })
                  : t('awards.manuals.problemManual');
            return (
              <li key={field}>
                {where}: <span lang="en">{message}</span>
              </li>
            );
          })}
        </ul>
      )}
    </VersionedEditForm>
  );
}

const MANUAL_PUBLISH_FRAGMENT: TypedDocumentNode<ManualPublish_ManualFragment> = gql`
  fragment ManualPublish_manual on Manual {
    id
    version
    status
  }
`;

ManualPublish.fragments = { manual: MANUAL_PUBLISH_FRAGMENT };
