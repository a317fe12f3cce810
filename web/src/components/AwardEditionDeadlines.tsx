import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AwardEditionDeadlines_EditionFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface AwardEditionDeadlinesProps {
  edition: FragmentType<AwardEditionDeadlines_EditionFragment>;
}

/** The edition's country, year, guideline version and deadlines. */
export function AwardEditionDeadlines({ edition }: AwardEditionDeadlinesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: AWARD_EDITION_DEADLINES_FRAGMENT, from: edition });
  if (!complete) return null;
  const dateOrNone = (iso: string | null | undefined) => (iso ? format.date(iso) : t('awards.deadlines.notSet'));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('awards.deadlines.title')}</h2>
      <dl className="figures">
        <dt>{t('awards.deadlines.country')}</dt>
        <dd>{format.country(data.country)}</dd>
        <dt>{t('awards.deadlines.year')}</dt>
        <dd>{data.year}</dd>
        <dt>{t('awards.deadlines.guideline')}</dt>
        <dd>
          <Link to={`/awards/guidelines/${data.guideline.id}`}>
            {t('awards.guidelines.versionOf', { title: data.guideline.title, version: data.guideline.version })}
          </Link>
        </dd>
        <dt>{t('awards.deadlines.opensAt')}</dt>
        <dd>{dateOrNone(data.opensAt)}</dd>
        <dt>{t('awards.deadlines.nominationsCloseAt')}</dt>
        <dd>{dateOrNone(data.nominationsCloseAt)}</dd>
        <dt>{t('awards.deadlines.decisionAt')}</dt>
        <dd>{dateOrNone(data.decisionAt)}</dd>
      </dl>
    </section>
  );
}

const AWARD_EDITION_DEADLINES_FRAGMENT: TypedDocumentNode<AwardEditionDeadlines_EditionFragment> = gql`
  fragment AwardEditionDeadlines_edition on AwardEdition {
    id
    year
    opensAt
    nominationsCloseAt
    decisionAt
    country {
      code
      name
    }
    guideline {
      id
      title
      version
    }
  }
`;

AwardEditionDeadlines.fragments = { edition: AWARD_EDITION_DEADLINES_FRAGMENT };
