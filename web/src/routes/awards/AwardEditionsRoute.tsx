import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AwardEditionsRouteQuery, AwardEditionsRouteQueryVariables } from '../../__generated__/graphql';
import { AwardEditionCard } from '../../components/AwardEditionCard';
import { AwardEditionCreateForm } from '../../components/AwardEditionCreateForm';
import { CountryFilter } from '../../components/CountryFilter';
import { useListFilters } from '../../components/ListPage';
import { OpenFormButton } from '../../components/MutationForm';
import { PageTitle } from '../../components/PageTitle';
import { QueryStates } from '../../components/QueryPage';
import { TextField } from '../../components/TextField';
import { useViewer } from '../../viewer/viewer-context';
import { mayCreateEdition, PHASE_ORDER } from './award-rules';

/** The board shows this many editions at most; a country or a year narrows it. */
const BOARD_SIZE = 100;

const AWARD_EDITIONS_ROUTE_QUERY: TypedDocumentNode<AwardEditionsRouteQuery, AwardEditionsRouteQueryVariables> = gql`
  query AwardEditionsRouteQuery($first: Int!, $countryCode: ID, $year: Int) {
    awardEditions(first: $first, countryCode: $countryCode, year: $year) {
      totalCount
      nodes {
        id
        phase
        ...AwardEditionCard_edition
      }
    }
    countries {
      code
      ...CountryFilter_countries
    }
    guidelines(published: true) {
      id
      ...AwardEditionCreateForm_guideline
    }
  }
  ${AwardEditionCard.fragments.edition}
  ${CountryFilter.fragments.countries}
  ${AwardEditionCreateForm.fragments.guidelines}
`;

/** A year typed in the address, if it is one. */
const yearOf = (text: string): number | null => (/^\d{4}$/.test(text) ? Number(text) : null);

/** `/awards?country=MT&year=2017`: the national award editions grouped by phase, newest year first. */
export function AwardEditionsRoute() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const filters = useListFilters();
  const countryCode = filters.text('country');
  const year = yearOf(filters.text('year'));
  const [creating, setCreating] = useState(false);
  const result = useQuery(AWARD_EDITIONS_ROUTE_QUERY, {
    variables: { first: BOARD_SIZE, countryCode: countryCode || null, year },
    fetchPolicy: 'cache-and-network',
  });
  const shown = result.data ?? result.previousData;

  return (
    <div className="page">
      <PageTitle title={t('awards.board.title')} />
      <header className="page-header">
        <h1>{t('awards.board.title')}</h1>
        <p className="lead">{t('awards.board.intro')}</p>
        <p>
          <Link to="/awards/guidelines">{t('awards.board.guidelinesLink')}</Link>
        </p>
      </header>
      {mayCreateEdition(viewer) &&
        shown &&
        (creating ? (
          <AwardEditionCreateForm
            countries={shown.countries}
            guidelines={shown.guidelines}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <OpenFormButton label={t('awards.create.open')} onOpen={() => setCreating(true)} />
        ))}
      <form
        role="search"
        aria-label={t('awards.board.filters')}
        className="filters"
        onSubmit={(e) => e.preventDefault()}
      >
        {shown && (
          <CountryFilter
            countries={shown.countries}
            value={countryCode}
            onChange={(code) => filters.setFilter('country', code)}
          />
        )}
        <TextField
          label={t('awards.board.year')}
          type="number"
          value={filters.text('year')}
          onChange={(value) => filters.setFilter('year', value)}
        />
      </form>
      <QueryStates result={result} keepPrevious>
        {(data) => (
          <div aria-busy={result.loading}>
            <p className="results__count" role="status">
              {t('awards.board.count', { total: data.awardEditions.totalCount })}
            </p>
            {PHASE_ORDER.map((phase) => (
              <PhaseColumn key={phase} title={t(`enums.AwardEditionPhase.${phase}`)}>
                {data.awardEditions.nodes.filter((edition) => edition.phase === phase)}
              </PhaseColumn>
            ))}
          </div>
        )}
      </QueryStates>
    </div>
  );
}

interface PhaseColumnProps {
  title: string;
  children: AwardEditionsRouteQuery['awardEditions']['nodes'];
}

/** The editions in one phase, headed by the phase and how many. */
function PhaseColumn({ title, children }: PhaseColumnProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="results award-board__phase">
      <h2 id={headingId}>
        {title} <span className="count">{children.length}</span>
      </h2>
      {children.length ? (
        <ol className="card-list">
          {children.map((edition) => (
            <li key={edition.id}>
              <AwardEditionCard edition={edition} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty-state">{t('awards.board.emptyPhase')}</p>
      )}
    </section>
  );
}
