import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { GuidelineVersionActions_GuidelineFragment } from '../__generated__/graphql';
import { usePublishGuidelineMutation } from '../mutations/usePublishGuidelineMutation';
import { useStartGuidelineVersionMutation } from '../mutations/useStartGuidelineVersionMutation';
import { MutationForm } from './MutationForm';
import { VersionedEditForm } from './VersionedEditForm';

interface GuidelineVersionActionsProps {
  guideline: FragmentType<GuidelineVersionActions_GuidelineFragment>;
  /** Whether this is the newest published version of its set with no draft after it (the next one starts from it). */
  startsNext: boolean;
  onReload: () => void;
}

/**
 * What an admin does with a version: a draft is edited or published; the newest published version
 * starts the next draft. Published versions never change.
 */
export function GuidelineVersionActions({ guideline, startsNext, onReload }: GuidelineVersionActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, complete } = useFragment({ fragment: GUIDELINE_VERSION_ACTIONS_FRAGMENT, from: guideline });
  const [publish, publishing] = usePublishGuidelineMutation();
  const [start, starting] = useStartGuidelineVersionMutation();
  if (!complete) return null;
  if (!data.publishedAt) {
    return (
      <div className="panel stack">
        <h2>{t('awards.guideline.draftActions')}</h2>
        <p>
          <Link className="button button--secondary" to={`/awards/guidelines/${data.id}/edit`}>
            {t('awards.guideline.edit')}
          </Link>
        </p>
        <VersionedEditForm
          key={data.revision}
          className="stack"
          label={t('awards.guideline.publishTitle')}
          mutation={publishing}
          refusal
          onReload={onReload}
          submitLabel={t('awards.guideline.publish')}
          onSubmit={() => publish({ variables: { input: { id: data.id, expectedRevision: data.revision } } })}
        >
          <p className="muted">{t('awards.guideline.publishIntro')}</p>
        </VersionedEditForm>
      </div>
    );
  }
  if (!startsNext) return null;
  return (
    <MutationForm
      className="panel stack"
      label={t('awards.guideline.startTitle')}
      mutation={starting}
      refusal
      submitLabel={t('awards.guideline.start')}
      onSubmit={() => start({ variables: { input: { key: data.key } } })}
      onDone={(result) => {
        const id = result.data?.startGuidelineVersion.guideline.id;
        if (id) void navigate(`/awards/guidelines/${id}/edit`);
      }}
    >
      <h2>{t('awards.guideline.startTitle')}</h2>
      <p className="muted">{t('awards.guideline.startIntro')}</p>
    </MutationForm>
  );
}

const GUIDELINE_VERSION_ACTIONS_FRAGMENT: TypedDocumentNode<GuidelineVersionActions_GuidelineFragment> = gql`
  fragment GuidelineVersionActions_guideline on Guideline {
    id
    key
    revision
    publishedAt
  }
`;

GuidelineVersionActions.fragments = { guideline: GUIDELINE_VERSION_ACTIONS_FRAGMENT };
