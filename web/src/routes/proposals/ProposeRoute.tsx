import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Activity,
  ProposeRouteQuery,
  ProposeRouteQueryVariables,
  ProposerRelation,
  TargetGroup,
} from '../../__generated__/graphql';
import { fieldProblemsOf } from '../../apollo/problems';
import { CountryFilter } from '../../components/CountryFilter';
import { InitiativeAudienceFields } from '../../components/InitiativeFormFields';
import { IntakeTraitChecks, traitChecksInput } from '../../components/IntakeTraitChecks';
import { MutationForm } from '../../components/MutationForm';
import { PageTitle } from '../../components/PageTitle';
import { QueryStates } from '../../components/QueryPage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useEnumOptions } from '../../i18n/enum-values';
import { useProposeInitiativeMutation } from '../../mutations/useProposeInitiativeMutation';

const PROPOSE_ROUTE_QUERY: TypedDocumentNode<ProposeRouteQuery, ProposeRouteQueryVariables> = gql`
  query ProposeRouteQuery {
    intakeTraits {
      key
      text
    }
    countries {
      code
      ...CountryFilter_countries
    }
  }
  ${CountryFilter.fragments.countries}
`;

const EMPTY = {
  title: '',
  summary: '',
  city: '',
  countryCode: '',
  description: '',
  meetingPlace: '',
  meetingTimes: '',
  organizationName: '',
  proposerName: '',
  proposerEmail: '',
  homepage: '',
};
type TextName = keyof typeof EMPTY;

const optional = (value: string) => value.trim() || null;

/** `/propose`: anyone, signed in or not, proposes an initiative for the coordinator of its country to review. */
export function ProposeRoute() {
  const { t, i18n } = useTranslation();
  const enumOptions = useEnumOptions();
  const result = useQuery(PROPOSE_ROUTE_QUERY);
  const [fields, setFields] = useState(EMPTY);
  const [targetGroups, setTargetGroups] = useState<TargetGroup[]>([]);
  const [activities, setActivities] = useState<Activity[]>([]);
  const [traits, setTraits] = useState<Record<string, boolean>>({});
  const [proposerRelation, setProposerRelation] = useState<ProposerRelation>('SELF');
  const [propose, proposing] = useProposeInitiativeMutation();
  const problems = fieldProblemsOf(proposing.error);
  const set = (name: TextName) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  const text = (
    name: TextName,
    label: string,
    options: { multiline?: boolean; required?: boolean; type?: 'email' } = {},
  ) => <TextField label={label} value={fields[name]} onChange={set(name)} problem={problems[name]} {...options} />;

  if (proposing.data) {
    return (
      <div className="page">
        <PageTitle title={t('propose.thanksTitle')} />
        <div className="panel" role="status">
          <h1>{t('propose.thanksTitle')}</h1>
          <p>{t('propose.thanksBody')}</p>
          <p className="muted">{t('propose.reference', { id: proposing.data.proposeInitiative.proposalId })}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setFields(EMPTY);
              setTargetGroups([]);
              setActivities([]);
              setTraits({});
              proposing.reset();
            }}
          >
            {t('propose.another')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="page">
      <PageTitle title={t('propose.title')} />
      <header className="page-header">
        <h1>{t('propose.title')}</h1>
        <p className="lead">{t('propose.intro')}</p>
      </header>
      <QueryStates result={result}>
        {(data) => (
          <MutationForm
            className="proposal-form panel"
            label={t('propose.title')}
            onSubmit={() =>
              propose({
                variables: {
                  input: {
                    title: fields.title.trim(),
                    summary: fields.summary.trim(),
                    city: fields.city.trim(),
                    countryCode: fields.countryCode,
                    description: optional(fields.description),
                    meetingPlace: optional(fields.meetingPlace),
                    meetingTimes: optional(fields.meetingTimes),
                    organizationName: optional(fields.organizationName),
                    proposerName: optional(fields.proposerName),
                    proposerEmail: optional(fields.proposerEmail),
                    proposerRelation,
                    targetGroups,
                    activities,
                    eligibility: traitChecksInput(data.intakeTraits, traits),
                    // The proposal is in the language the person reads the form in.
                    language: i18n.resolvedLanguage ?? 'en',
                    homepage: fields.homepage,
                  },
                },
              })
            }
            mutation={proposing}
            submitLabel={t('propose.submit')}
            busyLabel={t('propose.sending')}
          >
            {text('title', t('propose.fields.title'), { required: true })}
            {text('summary', t('propose.fields.summary'), { multiline: true, required: true })}
            {text('city', t('propose.fields.city'), { required: true })}
            <CountryFilter
              countries={data.countries}
              value={fields.countryCode}
              onChange={set('countryCode')}
              label={t('propose.fields.country')}
              emptyLabel={t('propose.chooseCountry')}
              required
            />
            {problems.countryCode && <p className="field-error">{problems.countryCode}</p>}
            <InitiativeAudienceFields
              targetGroups={targetGroups}
              activities={activities}
              onTargetGroupsChange={setTargetGroups}
              onActivitiesChange={setActivities}
              problems={problems}
            />
            {text('meetingPlace', t('propose.fields.meetingPlace'))}
            {text('meetingTimes', t('propose.fields.meetingTimes'))}
            <IntakeTraitChecks
              legend={t('propose.fields.traits')}
              traits={data.intakeTraits}
              checked={traits}
              onChange={setTraits}
              problems={problems}
            />
            {text('description', t('propose.fields.description'), { multiline: true })}
            {text('organizationName', t('propose.fields.organizationName'))}
            <SelectField
              label={t('propose.fields.proposerRelation')}
              value={proposerRelation}
              options={enumOptions('ProposerRelation')}
              onChange={(value) => setProposerRelation(value as ProposerRelation)}
            />
            {text('proposerName', t('propose.fields.proposerName'))}
            {text('proposerEmail', t('propose.fields.proposerEmail'), { type: 'email' })}
            {/* Spam trap: hidden from people (CSS) and assistive technology; bots fill it in. */}
            <div className="honeypot" aria-hidden="true">
              <label>
                {t('propose.honeypot')}
                <input
                  name="homepage"
                  tabIndex={-1}
                  autoComplete="off"
                  value={fields.homepage}
                  onChange={(event) => set('homepage')(event.target.value)}
                />
              </label>
            </div>
          </MutationForm>
        )}
      </QueryStates>
    </div>
  );
}
