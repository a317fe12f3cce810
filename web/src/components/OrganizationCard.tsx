import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganizationCard_OrganizationFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface OrganizationCardProps {
  organization: FragmentType<OrganizationCard_OrganizationFragment>;
}

/** One organisation in a list: its name, kind, country and stage in the membership pipeline. */
export function OrganizationCard({ organization }: OrganizationCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, complete } = useFragment({ fragment: ORGANIZATION_CARD_FRAGMENT, from: organization });
  if (!complete) return null;
  return (
    <article className="initiative-card organization-card">
      <h3 className="initiative-card__title">
        <Link to={`/organizations/${data.id}`}>{data.name}</Link>
      </h3>
      <p className="initiative-card__place">
        {t(`enums.OrganizationKind.${data.kind}`)} · {format.country(data.country)}
      </p>
      <p>
        <span className={`badge badge--stage-${data.membershipStage.toLowerCase()}`}>
          {t(`enums.MembershipStage.${data.membershipStage}`)}
        </span>
      </p>
    </article>
  );
}

const ORGANIZATION_CARD_FRAGMENT: TypedDocumentNode<OrganizationCard_OrganizationFragment> = gql`
  fragment OrganizationCard_organization on Organization {
    id
    name
    kind
    membershipStage
    country {
      code
      name
    }
  }
`;

OrganizationCard.fragments = { organization: ORGANIZATION_CARD_FRAGMENT };
