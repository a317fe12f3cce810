import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignEditForm_CampaignFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useUpdateCampaignMutation } from '../mutations/useUpdateCampaignMutation';
import { TextField } from './TextField';
import { VersionedEditForm } from './VersionedEditForm';

interface CampaignEditFormProps {
  campaign: FragmentType<CampaignEditForm_CampaignFragment>;
  onDone: () => void;
  /** Asks for the campaign again (after a CONFLICT: someone else saved it first). */
  onReload: () => void;
}

/** A campaign's name, description and dates, saved against the version that was read. */
export function CampaignEditForm({ campaign, onDone, onReload }: CampaignEditFormProps) {
  const { data, complete } = useFragment({ fragment: CAMPAIGN_EDIT_FORM_FRAGMENT, from: campaign });
  if (!complete) return null;
  // A new version (after a reload) starts the form again from what was saved.
  return <EditForm key={data.version} data={data} onDone={onDone} onReload={onReload} />;
}

interface EditFormProps {
  data: CampaignEditForm_CampaignFragment;
  onDone: () => void;
  onReload: () => void;
}

function EditForm({ data, onDone, onReload }: EditFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(data.name);
  const [description, setDescription] = useState(data.description);
  const [startsOn, setStartsOn] = useState(data.startsOn);
  const [endsOn, setEndsOn] = useState(data.endsOn ?? '');
  const [update, { loading, error, reset }] = useUpdateCampaignMutation();
  const problems = fieldProblemsOf(error);

  return (
    <VersionedEditForm
      className="stack"
      label={t('campaign.editTitle', { name: data.name })}
      onSubmit={() =>
        update({
          variables: {
            input: {
              campaignId: data.id,
              expectedVersion: data.version,
              name: name.trim(),
              description: description.trim(),
              startsOn,
              // Empty: the campaign runs on.
              endsOn: endsOn || null,
            },
          },
        })
      }
      onDone={onDone}
      error={error}
      loading={loading}
      reset={reset}
      onReload={onReload}
      submitLabel={t('campaign.save')}
      onCancel={onDone}
    >
      <h3>{t('campaign.editTitle', { name: data.name })}</h3>
      <TextField
        label={t('publications.campaignName')}
        value={name}
        onChange={setName}
        problem={problems.name}
        required
      />
      <TextField
        label={t('publications.campaignDescription')}
        value={description}
        onChange={setDescription}
        problem={problems.description}
        multiline
      />
      <TextField
        label={t('publications.startsOn')}
        type="date"
        value={startsOn}
        onChange={setStartsOn}
        problem={problems.startsOn}
        required
      />
      <TextField
        label={t('publications.endsOn')}
        type="date"
        value={endsOn}
        onChange={setEndsOn}
        problem={problems.endsOn}
      />
    </VersionedEditForm>
  );
}

const CAMPAIGN_EDIT_FORM_FRAGMENT: TypedDocumentNode<CampaignEditForm_CampaignFragment> = gql`
  fragment CampaignEditForm_campaign on Campaign {
    id
    version
    name
    description
    startsOn
    endsOn
  }
`;

CampaignEditForm.fragments = { campaign: CAMPAIGN_EDIT_FORM_FRAGMENT };
