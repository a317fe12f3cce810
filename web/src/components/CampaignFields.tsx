import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';

/** A campaign as its boxes hold it (dates as `YYYY-MM-DD`; an empty end: the campaign runs on). */
export interface CampaignValues {
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
}

interface CampaignFieldsProps {
  values: CampaignValues;
  onChange: (name: keyof CampaignValues, value: string) => void;
  /** The server's problems by field (`fieldProblemsOf`). */
  problems: Record<string, string>;
  /** Between the description and the dates (the new campaign's country). */
  children?: ReactNode;
}

/** The fields a new campaign and a campaign's edit form share: name, description, start and end. */
export function CampaignFields({ values, onChange, problems, children }: CampaignFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('publications.campaignName')}
        value={values.name}
        onChange={(value) => onChange('name', value)}
        problem={problems.name}
        required
      />
      <TextField
        label={t('publications.campaignDescription')}
        value={values.description}
        onChange={(value) => onChange('description', value)}
        problem={problems.description}
        multiline
      />
      {children}
      <TextField
        label={t('publications.startsOn')}
        type="date"
        value={values.startsOn}
        onChange={(value) => onChange('startsOn', value)}
        problem={problems.startsOn}
        required
      />
      <TextField
        label={t('publications.endsOn')}
        type="date"
        value={values.endsOn}
        onChange={(value) => onChange('endsOn', value)}
        problem={problems.endsOn}
      />
    </>
  );
}

/** The input fields both campaign changes send for these boxes. */
export function campaignInput(values: CampaignValues) {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    startsOn: values.startsOn,
    // Empty: the campaign runs on.
    endsOn: values.endsOn || null,
  };
}
