import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { StoryCreateRouteQuery, StoryCreateRouteQueryVariables } from '../../__generated__/graphql';
import { fieldProblemsOf } from '../../apollo/problems';
import { CountryFilter } from '../../components/CountryFilter';
import { InitiativePicker } from '../../components/InitiativePicker';
import { MutationForm } from '../../components/MutationForm';
import { PageTitle } from '../../components/PageTitle';
import { BackLink, PageMessage, QueryStates } from '../../components/QueryPage';
import { EMPTY_STORY, StoryFields, storyFieldsInput, type StoryFieldValues } from '../../components/StoryFields';
import { useCreateStoryMutation } from '../../mutations/useCreateStoryMutation';
import { canCreateStories } from '../../stories/story-staff';
import { useViewer } from '../../viewer/viewer-context';

const STORY_CREATE_ROUTE_QUERY: TypedDocumentNode<StoryCreateRouteQuery, StoryCreateRouteQueryVariables> = gql`
  query StoryCreateRouteQuery {
    countries {
      code
      ...CountryFilter_countries
    }
  }
  ${CountryFilter.fragments.countries}
`;

/**
 * `/stories/new`: records a new story as a draft (admins; coordinators for their country; members for
 * their own organisation), then opens its editor for translations and media.
 */
export function StoryCreateRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const allowed = canCreateStories(viewer);
  const result = useQuery(STORY_CREATE_ROUTE_QUERY, { skip: !allowed });
  const [values, setValues] = useState<StoryFieldValues>(() => ({
    ...EMPTY_STORY,
    language: i18n.resolvedLanguage ?? 'en',
  }));
  const [countryCode, setCountryCode] = useState(viewer?.countryCode ?? '');
  const [create, creating] = useCreateStoryMutation();
  const problems = fieldProblemsOf(creating.error);

  const back = <BackLink to="/stories" label={t('story.backToList')} />;
  if (!allowed) return <PageMessage top={back} message={t('storyEditor.notAllowed')} />;
  return (
    <div className="page">
      <PageTitle title={t('storyEditor.createTitle')} />
      {back}
      <header className="page-header">
        <h1>{t('storyEditor.createTitle')}</h1>
        <p className="lead">{t('storyEditor.draftNote')}</p>
      </header>
      <QueryStates result={result}>
        {(data) => (
          <MutationForm
            className="edit-form panel story-form"
            label={t('storyEditor.createTitle')}
            onSubmit={() =>
              create({
                variables: {
                  input: {
                    ...storyFieldsInput(values),
                    displayName: values.displayName.trim() || null,
                    countryCode: countryCode || null,
                  },
                },
              })
            }
            onDone={({ data: created }) => created && void navigate(`/stories/${created.createStory.story.id}/edit`)}
            mutation={creating}
            submitLabel={t('storyEditor.create')}
          >
            <StoryFields
              values={values}
              onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
              problems={problems}
              withDisplayName
            />
            <CountryFilter
              countries={data.countries}
              value={countryCode}
              onChange={(code) => {
                setCountryCode(code);
                // The initiative belongs to a country: another country needs another choice.
                setValues((current) => ({ ...current, initiative: null }));
              }}
              label={t('storyEditor.fields.countryCode')}
              emptyLabel={t('storyEditor.chooseCountry')}
            />
            {problems.countryCode && <p className="field-error">{problems.countryCode}</p>}
            <InitiativePicker
              countryCode={countryCode}
              value={values.initiative}
              onChange={(initiative) => setValues((current) => ({ ...current, initiative }))}
              problem={problems.initiativeId}
            />
          </MutationForm>
        )}
      </QueryStates>
    </div>
  );
}
