import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AwardEditionNominations_EditionFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

/** The edition page lists this many nominations at most (a national award has a few dozen). */
export const EDITION_NOMINATIONS_SHOWN = 100;

interface AwardEditionNominationsProps {
  edition: FragmentType<AwardEditionNominations_EditionFragment>;
}

/** The nominations the caller may see, in the order they arrived, each with its status and a link to it. */
export function AwardEditionNominations({ edition }: AwardEditionNominationsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: AWARD_EDITION_NOMINATIONS_FRAGMENT, from: edition });
  if (!complete) return null;
  const { nodes, totalCount } = data.nominations;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('awards.nominations.title')} <span className="count">{totalCount}</span>
      </h2>
      {nodes.length ? (
        <ol className="stack edition-nominations">
          {nodes.map((nomination) => (
            <li key={nomination.id} className="nomination">
              <Link to={`/awards/nominations/${nomination.id}`}>{nomination.initiative.title}</Link>{' '}
              <span className={`badge badge--${nomination.status.toLowerCase()}`}>
                {t(`enums.NominationStatus.${nomination.status}`)}
              </span>
              <span className="muted">
                {' '}
                · {t('awards.nominations.submittedAt', { date: format.date(nomination.submittedAt) })}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty-state">{t('awards.nominations.empty')}</p>
      )}
      {totalCount > nodes.length && (
        <p className="muted">{t('awards.nominations.more', { shown: nodes.length, total: totalCount })}</p>
      )}
    </section>
  );
}

const AWARD_EDITION_NOMINATIONS_FRAGMENT: TypedDocumentNode<AwardEditionNominations_EditionFragment> = gql`
  fragment AwardEditionNominations_edition on AwardEdition {
    id
    nominations(first: 100) {
      totalCount
      nodes {
        id
        status
        submittedAt
        initiative {
          id
          title
        }
      }
    }
  }
`;

AwardEditionNominations.fragments = { edition: AWARD_EDITION_NOMINATIONS_FRAGMENT };
