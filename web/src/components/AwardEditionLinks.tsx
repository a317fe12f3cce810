import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AwardEditionLinks_EditionFragment } from '../__generated__/graphql';
import { mayNominate, mayReadResults, runsEdition } from '../routes/awards/award-rules';
import { useViewer } from '../viewer/viewer-context';

interface AwardEditionLinksProps {
  edition: FragmentType<AwardEditionLinks_EditionFragment>;
}

/**
 * The edition's other pages, each offered to those the server lets use it: nominating while open,
 * the jury to its organisers, scoring to its jurors, the results to its organisers from judging on
 * and to everyone once announced.
 */
export function AwardEditionLinks({ edition }: AwardEditionLinksProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, complete } = useFragment({ fragment: AWARD_EDITION_LINKS_FRAGMENT, from: edition });
  if (!complete) return null;
  const country = data.country.code;
  const links = [
    mayNominate(viewer, country, data.phase) && {
      to: `/awards/editions/${data.id}/nominate`,
      label: t('awards.links.nominate'),
    },
    runsEdition(viewer, country) && { to: `/awards/editions/${data.id}/jury`, label: t('awards.links.jury') },
    data.viewerIsJuror && data.phase === 'JUDGING' && { to: '/awards/scoring', label: t('awards.links.scoring') },
    mayReadResults(viewer, { phase: data.phase, countryCode: country }) && {
      to: `/awards/editions/${data.id}/results`,
      label: t('awards.links.results'),
    },
  ].filter((link) => link !== false);
  if (!links.length) return null;
  return (
    <nav className="actions award-edition-links" aria-label={t('awards.links.label')}>
      {links.map((link) => (
        <Link key={link.to} className="button button--secondary" to={link.to}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}

const AWARD_EDITION_LINKS_FRAGMENT: TypedDocumentNode<AwardEditionLinks_EditionFragment> = gql`
  fragment AwardEditionLinks_edition on AwardEdition {
    id
    phase
    viewerIsJuror
    country {
      code
    }
  }
`;

AwardEditionLinks.fragments = { edition: AWARD_EDITION_LINKS_FRAGMENT };
