import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type {
  AwardEditionCreateForm_GuidelineFragment,
  CountryFilter_CountriesFragment,
} from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useCreateAwardEditionMutation } from '../mutations/useCreateAwardEditionMutation';
import { fromLocalInput } from '../routes/awards/award-rules';
import { useViewer } from '../viewer/viewer-context';
import { CountryFilter } from './CountryFilter';
import { MutationForm } from './MutationForm';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface AwardEditionCreateFormProps {
  countries: FragmentType<CountryFilter_CountriesFragment>[];
  /** The published guideline versions an edition may be judged by. */
  guidelines: FragmentType<AwardEditionCreateForm_GuidelineFragment>[];
  onCancel: () => void;
}

/**
 * Starts a national award edition as a draft: admins for any country, a coordinator for their own
 * (the country is theirs, not a choice). The server checks the dates' order and one edition per
 * country and year.
 */
export function AwardEditionCreateForm({ countries, guidelines, onCancel }: AwardEditionCreateFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const ownCountry = viewer?.role === 'NATIONAL_COORDINATOR' ? (viewer.countryCode ?? '') : null;
  const { data: published } = useFragment({ fragment: GUIDELINE_FRAGMENT, from: guidelines });
  const [countryCode, setCountryCode] = useState(ownCountry ?? '');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [title, setTitle] = useState('');
  const [guidelineId, setGuidelineId] = useState(published[0]?.id ?? '');
  const [opensAt, setOpensAt] = useState('');
  const [closeAt, setCloseAt] = useState('');
  const [decisionAt, setDecisionAt] = useState('');
  const [create, creating] = useCreateAwardEditionMutation();
  const problems = fieldProblemsOf(creating.error);

  return (
    <MutationForm
      className="panel stack"
      label={t('awards.create.title')}
      mutation={creating}
      submitLabel={t('awards.create.submit')}
      onCancel={onCancel}
      onSubmit={() =>
        create({
          variables: {
            input: {
              countryCode,
              year: Number(year),
              title: title.trim(),
              guidelineId,
              opensAt: fromLocalInput(opensAt),
              nominationsCloseAt: fromLocalInput(closeAt) ?? '',
              decisionAt: fromLocalInput(decisionAt) ?? '',
            },
          },
        })
      }
      onDone={(result) => {
        const id = result.data?.createAwardEdition.edition.id;
        if (id) void navigate(`/awards/editions/${id}`);
      }}
    >
      <h2>{t('awards.create.title')}</h2>
      <p className="muted">{t('awards.create.intro')}</p>
      <TextField label={t('awards.create.editionTitle')} value={title} onChange={setTitle} problem={problems.title} />
      {ownCountry === null ? (
        <CountryFilter
          countries={countries}
          value={countryCode}
          onChange={setCountryCode}
          label={t('awards.create.country')}
          emptyLabel={t('awards.create.chooseCountry')}
        />
      ) : null}
      {problems.countryCode && <p className="field-error">{problems.countryCode}</p>}
      <TextField
        label={t('awards.create.year')}
        type="number"
        value={year}
        onChange={setYear}
        problem={problems.year}
      />
      <SelectField
        label={t('awards.create.guideline')}
        value={guidelineId}
        options={published.flatMap((g) =>
          g?.id
            ? [{ value: g.id, label: t('awards.guidelines.versionOf', { title: g.title, version: g.version }) }]
            : [],
        )}
        onChange={setGuidelineId}
      />
      {problems.guidelineId && <p className="field-error">{problems.guidelineId}</p>}
      <DateTimeField
        label={t('awards.create.opensAt')}
        value={opensAt}
        onChange={setOpensAt}
        problem={problems.opensAt}
      />
      <DateTimeField
        label={t('awards.create.nominationsCloseAt')}
        value={closeAt}
        onChange={setCloseAt}
        problem={problems.nominationsCloseAt}
      />
      <DateTimeField
        label={t('awards.create.decisionAt')}
        value={decisionAt}
        onChange={setDecisionAt}
        problem={problems.decisionAt}
      />
    </MutationForm>
  );
}

interface DateTimeFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: string;
}

/** A date and time in the reader's own time zone (sent as UTC). */
function DateTimeField({ label, value, onChange, problem }: DateTimeFieldProps) {
  return <TextField label={label} type="datetime-local" value={value} onChange={onChange} problem={problem} />;
}

const GUIDELINE_FRAGMENT: TypedDocumentNode<AwardEditionCreateForm_GuidelineFragment> = gql`
  fragment AwardEditionCreateForm_guideline on Guideline {
    id
    key
    title
    version
  }
`;

AwardEditionCreateForm.fragments = { guidelines: GUIDELINE_FRAGMENT };
