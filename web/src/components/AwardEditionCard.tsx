import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AwardEditionCard_EditionFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';
import { mayNominate } from '../routes/awards/award-rules';
import { useViewer } from '../viewer/viewer-context';

interface AwardEditionCardProps {
  edition: FragmentType<AwardEditionCard_EditionFragment>;
}

/** One award edition on the board: its title, country and year, its next deadline, and Nominate while it is open to the caller. */
export function AwardEditionCard({ edition }: AwardEditionCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useViewer();
  const titleId = useId();
  const { data, complete } = useFragment({ fragment: AWARD_EDITION_CARD_FRAGMENT, from: edition });
  if (!complete) return null;
  return (
    <article className="initiative-card award-edition-card">
      <h3 className="initiative-card__title" id={titleId}>
        <Link to={`/awards/editions/${data.id}`}>{data.title}</Link>
      </h3>
      <p className="initiative-card__place">
        {format.country(data.country)} · {data.year}
      </p>
      {data.phase === 'NOMINATIONS_OPEN' && data.nominationsCloseAt && (
        <p className="muted">
          {t('awards.edition.nominationsCloseAt', { date: format.date(data.nominationsCloseAt) })}
        </p>
      )}
      {mayNominate(viewer, data.country.code, data.phase) && (
        <p>
          {/* Named like the edition page's link; the card's title says which edition. */}
          <Link
            className="button button--secondary"
            to={`/awards/editions/${data.id}/nominate`}
            aria-describedby={titleId}
          >
            {t('awards.links.nominate')}
          </Link>
        </p>
      )}
      {data.phase === 'JUDGING' && data.decisionAt && (
        <p className="muted">{t('awards.edition.decisionAt', { date: format.date(data.decisionAt) })}</p>
      )}
    </article>
  );
}

const AWARD_EDITION_CARD_FRAGMENT: TypedDocumentNode<AwardEditionCard_EditionFragment> = gql`
  fragment AwardEditionCard_edition on AwardEdition {
    id
    title
    year
    phase
    nominationsCloseAt
    decisionAt
    country {
      code
      name
    }
  }
`;

AwardEditionCard.fragments = { edition: AWARD_EDITION_CARD_FRAGMENT };
