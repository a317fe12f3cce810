import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ConsentChannel,
  RecordPublicationForm_CampaignsFragment,
  RecordPublicationForm_StoriesFragment,
} from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useRecordPublicationMutation } from '../mutations/useRecordPublicationMutation';
import { MutationError } from './MutationError';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface RecordPublicationFormProps {
  /** Published stories to choose from, with the channels their consent covers. */
  stories: FragmentType<RecordPublicationForm_StoriesFragment>[];
  campaigns: FragmentType<RecordPublicationForm_CampaignsFragment>[];
}

const today = () => new Date().toISOString().slice(0, 10);
const wholeNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : 0);

/**
 * Records where a published story appeared. Only the channels its consent covers are offered; the
 * server checks again at the moment of recording and its refusal is shown as it says it (a consent
 * may have changed since the page was loaded).
 */
export function RecordPublicationForm({ stories, campaigns }: RecordPublicationFormProps) {
  const { t } = useTranslation();
  const channelId = useId();
  const { data: storyData } = useFragment({ fragment: STORIES_FRAGMENT, from: stories });
  const { data: campaignData } = useFragment({ fragment: CAMPAIGNS_FRAGMENT, from: campaigns });
  const [storyId, setStoryId] = useState('');
  const [channel, setChannel] = useState<ConsentChannel | ''>('');
  const [url, setUrl] = useState('');
  const [publishedOn, setPublishedOn] = useState(today);
  const [campaignId, setCampaignId] = useState('');
  const [views, setViews] = useState('0');
  const [shares, setShares] = useState('0');
  const [record, { data, loading, error, reset }] = useRecordPublicationMutation();
  const problems = fieldProblemsOf(error);
  const options = storyData.flatMap((story) => (story?.id && story.title ? [story] : []));
  const chosen = options.find((story) => story.id === storyId);
  const channels = (chosen?.consent?.channels ?? []).flatMap((value) => (value ? [value] : []));

  return (
    <form
      className="panel stack"
      aria-label={t('publications.recordTitle')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!storyId || !channel) return;
        record({
          variables: {
            input: {
              storyId,
              channel,
              url: url.trim() || null,
              publishedAt: new Date(`${publishedOn || today()}T12:00:00.000Z`).toISOString(),
              campaignId: campaignId || null,
              views: wholeNumber(views),
              shares: wholeNumber(shares),
            },
          },
        }).then(
          () => {
            setUrl('');
            setViews('0');
            setShares('0');
          },
          () => {
            // shown below from the hook's `error`
          },
        );
      }}
    >
      <h2>{t('publications.recordTitle')}</h2>
      <p className="muted">{t('publications.recordIntro')}</p>
      <SelectField
        label={t('publications.chooseStory')}
        anyLabel={t('publications.chooseStoryEmpty')}
        value={storyId}
        options={options.map((story) => ({ value: story.id!, label: story.title! }))}
        onChange={(value) => {
          reset();
          setStoryId(value);
          const covered = options.find((story) => story.id === value)?.consent?.channels ?? [];
          setChannel((covered[0] as ConsentChannel | undefined) ?? '');
        }}
      />
      {chosen && (
        <div className="field">
          <label htmlFor={channelId}>{t('publications.channel')}</label>
          {channels.length ? (
            <select
              id={channelId}
              value={channel}
              onChange={(event) => setChannel(event.target.value as ConsentChannel)}
            >
              {channels.map((value) => (
                <option key={value} value={value}>
                  {t(`enums.ConsentChannel.${value}`)}
                </option>
              ))}
            </select>
          ) : (
            <p className="muted" id={channelId}>
              {t('publications.noChannel')}
            </p>
          )}
        </div>
      )}
      <TextField label={t('publications.url')} type="url" value={url} onChange={setUrl} problem={problems.url} />
      <TextField
        label={t('publications.date')}
        type="date"
        value={publishedOn}
        onChange={setPublishedOn}
        problem={problems.publishedAt}
      />
      <SelectField
        label={t('publications.campaign')}
        anyLabel={t('publications.noCampaign')}
        value={campaignId}
        options={campaignData.flatMap((campaign) =>
          campaign?.id && campaign.name ? [{ value: campaign.id, label: campaign.name }] : [],
        )}
        onChange={setCampaignId}
      />
      <TextField
        label={t('publications.views')}
        type="number"
        value={views}
        onChange={setViews}
        problem={problems.views}
      />
      <TextField
        label={t('publications.shares')}
        type="number"
        value={shares}
        onChange={setShares}
        problem={problems.shares}
      />
      {error && <MutationError error={error} refusal />}
      {data && !error && <p role="status">{t('publications.recorded')}</p>}
      <button type="submit" className="button" disabled={loading || !storyId || !channel}>
        {loading ? t('forms.saving') : t('publications.record')}
      </button>
    </form>
  );
}

const STORIES_FRAGMENT: TypedDocumentNode<RecordPublicationForm_StoriesFragment> = gql`
  fragment RecordPublicationForm_stories on Story {
    id
    title
    consent {
      id
      channels
    }
  }
`;

const CAMPAIGNS_FRAGMENT: TypedDocumentNode<RecordPublicationForm_CampaignsFragment> = gql`
  fragment RecordPublicationForm_campaigns on Campaign {
    id
    name
  }
`;

RecordPublicationForm.fragments = { stories: STORIES_FRAGMENT, campaigns: CAMPAIGNS_FRAGMENT };
