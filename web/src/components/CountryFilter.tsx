import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryFilter_CountriesFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface CountryFilterProps {
  countries: FragmentType<CountryFilter_CountriesFragment>[];
  /** ISO code of the chosen country, or '' for all. */
  value: string;
  onChange: (countryCode: string) => void;
  /** The label, when not the list filter's "Country". */
  label?: string;
  /** The text of the '' choice, when not "All countries" (a form asks to choose one). */
  emptyLabel?: string;
  required?: boolean;
}

export function CountryFilter({ countries, value, onChange, label, emptyLabel, required }: CountryFilterProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { data } = useFragment({ fragment: COUNTRY_FILTER_FRAGMENT, from: countries });
  const options = data
    .flatMap((country) =>
      country?.code && country.name
        ? [{ code: country.code, name: format.country({ code: country.code, name: country.name }) }]
        : [],
    )
    .sort((a, b) => a.name.localeCompare(b.name, i18n.resolvedLanguage));
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('initiatives.countryLabel')}</label>
      <select id={id} value={value} required={required} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel ?? t('initiatives.allCountries')}</option>
        {options.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const COUNTRY_FILTER_FRAGMENT: TypedDocumentNode<CountryFilter_CountriesFragment> = gql`
  fragment CountryFilter_countries on Country {
    code
    name
  }
`;

CountryFilter.fragments = { countries: COUNTRY_FILTER_FRAGMENT };
