import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeNominations_InitiativeFragment } from '../__generated__/graphql';

interface InitiativeNominationsProps {
  initiative: FragmentType<InitiativeNominations_InitiativeFragment>;
}

/** Where the initiative stands in the national awards (the awards subgraph). */
export function InitiativeNominations({ initiative }: InitiativeNominationsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: INITIATIVE_NOMINATIONS_FRAGMENT, from: initiative });
  if (!complete) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('nominations.title')} <span className="count">{data.nominations.length}</span>
      </h2>
      {data.nominations.length ? (
        <ul className="stack">
          {data.nominations.map((nomination) => (
            <li key={nomination.id} className="nomination">
              <span className="nomination__edition">{nomination.edition.title}</span>
              <span className={`badge badge--${nomination.status.toLowerCase()}`}>
                {t(`enums.NominationStatus.${nomination.status}`)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t('nominations.empty')}</p>
      )}
    </section>
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
