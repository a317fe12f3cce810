import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { StoryRouteQuery, StoryRouteQueryVariables, WithdrawConsentMutation } from '../../__generated__/graphql';
import { DetailRoute } from '../../components/DetailRoute';
import { PageTitle } from '../../components/PageTitle';
import { PublicationTable } from '../../components/PublicationTable';
import { RecordConsentForm } from '../../components/RecordConsentForm';
import { StoryConsent } from '../../components/StoryConsent';
import { StoryErase, type Erasure } from '../../components/StoryErase';
import { StoryErasedNotice } from '../../components/StoryErasedNotice';
import { StoryMediaGallery } from '../../components/StoryMediaGallery';
import { StoryReview } from '../../components/StoryReview';
import { StoryRisk } from '../../components/StoryRisk';
import { StoryText } from '../../components/StoryText';
import { StoryWithdrawConsent } from '../../components/StoryWithdrawConsent';
import { PageColumns } from '../../components/PageColumns';
import { useFormat } from '../../i18n/format';
import { isStoryStaff, mayEraseStory, mayRecordConsent } from '../../stories/story-staff';
import { useViewer } from '../../viewer/viewer-context';

const STORY_ROUTE_QUERY: TypedDocumentNode<StoryRouteQuery, StoryRouteQueryVariables> = gql`
  query StoryRouteQuery($id: ID!, $language: String!) {
    story(id: $id) {
      id
      title
      status
      isMinor
      country {
        code
      }
      ...StoryText_story
      ...StoryRisk_story
      ...StoryConsent_story
      ...StoryReview_story
      ...StoryMediaGallery_story
    }
    publications(storyId: $id, first: 100) {
      totalCount
      nodes {
        id
        ...PublicationTable_publications
      }
    }
  }
  ${StoryText.fragments.story}
  ${StoryRisk.fragments.story}
  ${StoryConsent.fragments.story}
  ${StoryReview.fragments.story}
  ${StoryMediaGallery.fragments.story}
  ${PublicationTable.fragments.publications}
`;

type Withdrawal = WithdrawConsentMutation['withdrawConsent'];

/**
 * `/stories/:id?language=fr`: the story in one of its languages, its consent in plain words, its
 * review, its media and publications, and what staff may do with it.
 */
export function StoryRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { viewer } = useViewer();
  const [withdrawal, setWithdrawal] = useState<{ result: Withdrawal; mayErase: boolean } | null>(null);
  const [erasure, setErasure] = useState<Erasure | null>(null);
  // The reader's language by default: the server answers with the original when there is no translation.
  const language = params.get('language') ?? i18n.resolvedLanguage ?? 'en';
  // Consent can be withdrawn at any moment: the page always asks the server, never only its memory.
  const result = useQuery(STORY_ROUTE_QUERY, {
    variables: { id, language },
    fetchPolicy: 'cache-and-network',
  });
  const reload = () => void result.refetch();

  // Once erased, the story is gone: the page says what remains and leaves the story behind.
  const replacement = erasure ? (
    <>
      <PageTitle title={t('erase.doneTitle')} />
      <h1>{t('erase.doneTitle')}</h1>
      <StoryErasedNotice erasure={erasure} />
    </>
  ) : withdrawal ? (
    <>
      <WithdrawnNotice withdrawal={withdrawal.result} />
      {/* The storyteller may also ask for their data to be deleted: a withdrawn story is then erased. */}
      {withdrawal.mayErase && <StoryErase storyId={id} onErased={setErasure} />}
    </>
  ) : null;
  const staff = isStoryStaff(viewer);
  return (
    <DetailRoute
      back={{ to: '/stories', label: t('story.backToList') }}
      result={result}
      replacement={replacement}
      node={(data) => data.story}
      notFound={t('story.notFound')}
      title={(story) => story.title}
      articleClassName="page initiative-page story-page"
    >
      {(story, { publications }) => (
        <>
          <StoryText
            story={story}
            language={language}
            onLanguageChange={(next) => setParams({ language: next }, { replace: true })}
          />
          {staff && (
            <p>
              <Link className="button button--secondary" to={`/stories/${story.id}/edit`}>
                {t('story.editLink')}
              </Link>
            </p>
          )}
          <PageColumns
            aside={
              <>
                <StoryRisk story={story} />
                <StoryConsent story={story} />
                {mayRecordConsent(viewer, story.country.code) && story.status !== 'WITHDRAWN' && (
                  <RecordConsentForm storyId={story.id} isMinor={story.isMinor} onRecorded={reload} />
                )}
                {staff && story.status !== 'WITHDRAWN' && (
                  <StoryWithdrawConsent
                    storyId={story.id}
                    onWithdrawn={(withdrawn) =>
                      setWithdrawal({ result: withdrawn, mayErase: mayEraseStory(viewer, story.country.code) })
                    }
                  />
                )}
                {mayEraseStory(viewer, story.country.code) && <StoryErase storyId={story.id} onErased={setErasure} />}
              </>
            }
          >
            <StoryMediaGallery story={story} />
            {staff && <StoryReview story={story} canMove onReload={reload} />}
            {publications.totalCount > 0 && (
              <PublicationTable
                publications={publications.nodes}
                caption={t('publications.ofStory', { count: publications.totalCount })}
              />
            )}
          </PageColumns>
        </>
      )}
    </DetailRoute>
  );
}

/** After a staff withdrawal: what happened, and the publications to take down now. */
function WithdrawnNotice({ withdrawal }: { withdrawal: Withdrawal }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="panel stack" role="status">
      <h1>{t('withdrawConsent.doneTitle')}</h1>
      <p>{t('withdrawConsent.done', { date: format.date(withdrawal.withdrawnAt) })}</p>
      {withdrawal.publicationsToTakeDown.length > 0 && (
        <>
          <PublicationTable publications={withdrawal.publicationsToTakeDown} caption={t('withdrawConsent.takeDown')} />
          <p>
            <Link to="/stories/publications#takedown">{t('publications.takedownTitle')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
