import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InitiativeNominations_InitiativeFragment } from '../__generated__/graphql';
import { ListSection } from './ListSection';

interface InitiativeNominationsProps {
  initiative: FragmentType<InitiativeNominations_InitiativeFragment>;
}

/** Where the initiative stands in the national awards (the awards subgraph). */
export function InitiativeNominations({ initiative }: InitiativeNominationsProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: INITIATIVE_NOMINATIONS_FRAGMENT, from: initiative });
  if (!complete) return null;
  return (
    <ListSection
      title={t('nominations.title')}
      items={data.nominations}
      empty={t('nominations.empty')}
      itemClassName="nomination"
      renderItem={(nomination) => (
        <>
          <Link className="nomination__edition" to={`/awards/nominations/${nomination.id}`}>
            {nomination.edition.title}
          </Link>
          <span className={`badge badge--${nomination.status.toLowerCase()}`}>
            {t(`enums.NominationStatus.${nomination.status}`)}
          </span>
        </>
      )}
    />
  );
}

const INITIATIVE_NOMINATIONS_FRAGMENT: TypedDocumentNode<InitiativeNominations_InitiativeFragment> = gql`
  fragment InitiativeNominations_initiative on Initiative {
    id
    nominations {
      id
      status
      edition {
        id
        title
      }
    }
  }
`;

InitiativeNominations.fragments = { initiative: INITIATIVE_NOMINATIONS_FRAGMENT };
