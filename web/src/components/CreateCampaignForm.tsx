import type { FragmentType } from '@apollo/client/masking';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryFilter_CountriesFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useCreateCampaignMutation } from '../mutations/useCreateCampaignMutation';
import { useViewer } from '../viewer/viewer-context';
import { CountryFilter } from './CountryFilter';
import { MutationForm, OpenFormButton } from './MutationForm';
import { TextField } from './TextField';

interface CreateCampaignFormProps {
  countries: FragmentType<CountryFilter_CountriesFragment>[];
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A new campaign to group publications: coordinators for their country, admins for any country or
 * (no country) for the whole of Europe.
 */
export function CreateCampaignForm({ countries }: CreateCampaignFormProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [countryCode, setCountryCode] = useState(viewer?.countryCode ?? '');
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState('');
  const [create, { loading, error, reset }] = useCreateCampaignMutation();
  const problems = fieldProblemsOf(error);

  if (!open) return <OpenFormButton label={t('publications.newCampaign')} onOpen={() => setOpen(true)} />;
  return (
    <MutationForm
      className="stack"
      label={t('publications.newCampaign')}
      onSubmit={() =>
        create({
          variables: {
            input: {
              name: name.trim(),
              description: description.trim(),
              countryCode: countryCode || null,
              startsOn,
              endsOn: endsOn || null,
            },
          },
        })
      }
      onDone={() => {
        setName('');
        setDescription('');
        setEndsOn('');
        reset();
        setOpen(false);
      }}
      error={error}
      loading={loading}
      submitLabel={t('publications.createCampaign')}
      onCancel={() => setOpen(false)}
    >
      <h3>{t('publications.newCampaign')}</h3>
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
      <CountryFilter
        countries={countries}
        value={countryCode}
        onChange={setCountryCode}
        label={t('publications.country')}
        emptyLabel={t('publications.european')}
      />
      {problems.countryCode && <p className="field-error">{problems.countryCode}</p>}
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
    </MutationForm>
  );
}
