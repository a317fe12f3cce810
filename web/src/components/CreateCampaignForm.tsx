import type { FragmentType } from '@apollo/client/masking';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryFilter_CountriesFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useCreateCampaignMutation } from '../mutations/useCreateCampaignMutation';
import { useViewer } from '../viewer/viewer-context';
import { CampaignFields, campaignInput, type CampaignValues } from './CampaignFields';
import { CountryFilter } from './CountryFilter';
import { MutationForm, OpenFormButton } from './MutationForm';

interface CreateCampaignFormProps {
  countries: FragmentType<CountryFilter_CountriesFragment>[];
}

const today = () => new Date().toISOString().slice(0, 10);
const EMPTY: CampaignValues = { name: '', description: '', startsOn: '', endsOn: '' };

/**
 * A new campaign to group publications: coordinators for their country, admins for any country or
 * (no country) for the whole of Europe.
 */
export function CreateCampaignForm({ countries }: CreateCampaignFormProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<CampaignValues>(() => ({ ...EMPTY, startsOn: today() }));
  const [countryCode, setCountryCode] = useState(viewer?.countryCode ?? '');
  const [create, creating] = useCreateCampaignMutation();
  const problems = fieldProblemsOf(creating.error);

  if (!open) return <OpenFormButton label={t('publications.newCampaign')} onOpen={() => setOpen(true)} />;
  return (
    <MutationForm
      className="stack"
      label={t('publications.newCampaign')}
      onSubmit={() => create({ variables: { input: { ...campaignInput(values), countryCode: countryCode || null } } })}
      onDone={() => {
        setValues((current) => ({ ...EMPTY, startsOn: current.startsOn }));
        creating.reset();
        setOpen(false);
      }}
      mutation={creating}
      submitLabel={t('publications.createCampaign')}
      onCancel={() => setOpen(false)}
    >
      <h3>{t('publications.newCampaign')}</h3>
      <CampaignFields
        values={values}
        onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
        problems={problems}
      >
        <CountryFilter
          countries={countries}
          value={countryCode}
          onChange={setCountryCode}
          label={t('publications.country')}
          emptyLabel={t('publications.european')}
        />
        {problems.countryCode && <p className="field-error">{problems.countryCode}</p>}
      </CampaignFields>
    </MutationForm>
  );
}
