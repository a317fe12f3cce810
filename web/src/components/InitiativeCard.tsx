import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InitiativeCard_InitiativeFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface InitiativeCardProps {
  initiative: FragmentType<InitiativeCard_InitiativeFragment>;
}

/** One initiative in a list, linking to its page. */
export function InitiativeCard({ initiative }: InitiativeCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, complete } = useFragment({ fragment: INITIATIVE_CARD_FRAGMENT, from: initiative });
  if (!complete) return null;
  return (
    <article className="initiative-card">
      <h3 className="initiative-card__title">
        <Link to={`/initiatives/${data.id}`}>{data.title}</Link>
      </h3>
      <p className="initiative-card__place">
        {[data.city, data.country && format.country(data.country)].filter(Boolean).join(', ')}
        {data.organization && <span className="initiative-card__organization"> · {data.organization.name}</span>}
      </p>
      <p className="initiative-card__summary">{data.summary}</p>
      <ul className="tags" aria-label={t('initiative.targetGroups')}>
        {data.targetGroups.map((group) => (
          <li key={group} className="tag">
            {t(`enums.TargetGroup.${group}`)}
          </li>
        ))}
      </ul>
    </article>
  );
}

const INITIATIVE_CARD_FRAGMENT: TypedDocumentNode<InitiativeCard_InitiativeFragment> = gql`
  fragment InitiativeCard_initiative on Initiative {
    id
    title
    summary
    city
    country {
      code
      name
    }
    organization {
      id
      name
    }
    targetGroups
  }
`;

InitiativeCard.fragments = { initiative: INITIATIVE_CARD_FRAGMENT };
