import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativePickerQuery, InitiativePickerQueryVariables } from '../__generated__/graphql';
import { QueryError } from './QueryError';
import { TextField } from './TextField';

const SEARCH_DELAY_MS = 300;
const RESULTS = 8;

/** The initiative a story is about, as the editor holds it. */
export interface ChosenInitiative {
  id: string;
  title: string;
}

const INITIATIVE_PICKER_QUERY: TypedDocumentNode<InitiativePickerQuery, InitiativePickerQueryVariables> = gql`
  query InitiativePickerQuery($search: String, $countryCode: ID!, $first: Int!) {
    initiatives(search: $search, countryCode: $countryCode, first: $first) {
      totalCount
      nodes {
        id
        title
        city
      }
    }
  }
`;

interface InitiativePickerProps {
  /** The story's country: only its initiatives are offered ('' while none is chosen). */
  countryCode: string;
  value: ChosenInitiative | null;
  onChange: (initiative: ChosenInitiative | null) => void;
  /** The server's problem with the initiative, shown under it. */
  problem?: string;
  /** The picker's own words when it is not a story's initiative (a nomination's). */
  labels?: { legend: string; chosen: (title: string) => string; search: string };
}

/** Chooses the initiative a story is about (or none) by searching the initiatives of the story's country. */
export function InitiativePicker({ countryCode, value, onChange, problem, labels }: InitiativePickerProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchInput.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchInput]);

  const { data, previousData, error, refetch } = useQuery(INITIATIVE_PICKER_QUERY, {
    variables: { search: search || null, countryCode, first: RESULTS },
    skip: !countryCode,
  });
  const results = (data ?? previousData)?.initiatives;

  return (
    <fieldset className="field initiative-picker" aria-labelledby={headingId}>
      <legend id={headingId}>{labels?.legend ?? t('initiativePicker.legend')}</legend>
      <p data-testid="chosen-initiative">
        {value
          ? (labels?.chosen(value.title) ?? t('initiativePicker.chosen', { title: value.title }))
          : t('initiativePicker.none')}
      </p>
      {value && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
            {t('initiativePicker.clear')}
          </button>
        </p>
      )}
      {problem && <p className="field-error">{problem}</p>}
      {!countryCode ? (
        <p className="muted">{t('initiativePicker.chooseCountryFirst')}</p>
      ) : (
        <>
          <TextField
            label={labels?.search ?? t('initiativePicker.search')}
            value={searchInput}
            onChange={setSearchInput}
            onEnter={() => setSearch(searchInput.trim())}
          />
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : results && results.nodes.length === 0 ? (
            <p role="status">{t('initiativePicker.noResults')}</p>
          ) : (
            results && (
              <ul className="stack initiative-picker__results" aria-label={t('initiativePicker.results')}>
                {results.nodes.map((initiative) => (
                  <li key={initiative.id}>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-pressed={value?.id === initiative.id}
                      onClick={() => onChange({ id: initiative.id, title: initiative.title })}
                    >
                      {initiative.title}
                      {initiative.city && <span className="muted"> · {initiative.city}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            )
          )}
        </>
      )}
    </fieldset>
  );
}
