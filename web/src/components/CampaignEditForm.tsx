import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignEditForm_CampaignFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useUpdateCampaignMutation } from '../mutations/useUpdateCampaignMutation';
import { CampaignFields, campaignInput, type CampaignValues } from './CampaignFields';
import { VersionedEditForm, VersionedFragment } from './VersionedEditForm';

interface CampaignEditFormProps {
  campaign: FragmentType<CampaignEditForm_CampaignFragment>;
  onDone: () => void;
  /** Asks for the campaign again (after a CONFLICT: someone else saved it first). */
  onReload: () => void;
}

/** A campaign's name, description and dates, saved against the version that was read. */
export function CampaignEditForm({ campaign, onDone, onReload }: CampaignEditFormProps) {
  return (
    <VersionedFragment fragment={CAMPAIGN_EDIT_FORM_FRAGMENT} from={campaign}>
      {(data) => <EditForm data={data} onDone={onDone} onReload={onReload} />}
    </VersionedFragment>
  );
}

type EditFormProps = Omit<CampaignEditFormProps, 'campaign'> & { data: CampaignEditForm_CampaignFragment };

function EditForm({ data, onDone, onReload }: EditFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CampaignValues>(() => ({
    name: data.name,
    description: data.description,
    startsOn: data.startsOn,
    endsOn: data.endsOn ?? '',
  }));
  const [update, updating] = useUpdateCampaignMutation();
  const problems = fieldProblemsOf(updating.error);

  return (
    <VersionedEditForm
      className="stack"
      label={t('campaign.editTitle', { name: data.name })}
      onSubmit={() =>
        update({
          variables: { input: { campaignId: data.id, expectedVersion: data.version, ...campaignInput(values) } },
        })
      }
      onDone={onDone}
      mutation={updating}
      onReload={onReload}
      submitLabel={t('campaign.save')}
      onCancel={onDone}
    >
      <h3>{t('campaign.editTitle', { name: data.name })}</h3>
      <CampaignFields
        values={values}
        onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
        problems={problems}
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
