import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { OrganizationProfile_OrganizationFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface OrganizationProfileProps {
  organization: FragmentType<OrganizationProfile_OrganizationFragment>;
}

/** What anyone may know about an organisation. */
export function OrganizationProfile({ organization }: OrganizationProfileProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, complete } = useFragment({ fragment: ORGANIZATION_PROFILE_FRAGMENT, from: organization });
  if (!complete) return null;
  return (
    <header className="initiative-header">
      <p className="eyebrow">
        {t(`enums.OrganizationKind.${data.kind}`)} · {format.country(data.country)}
      </p>
      <h1>{data.name}</h1>
      {data.description && <p className="initiative-header__summary">{data.description}</p>}
      {data.website && (
        <p>
          <a href={data.website} rel="noopener noreferrer" target="_blank">
            {data.website}
          </a>
        </p>
      )}
    </header>
  );
}

const ORGANIZATION_PROFILE_FRAGMENT: TypedDocumentNode<OrganizationProfile_OrganizationFragment> = gql`
  fragment OrganizationProfile_organization on Organization {
    id
    name
    kind
    description
    website
    country {
      code
      name
    }
  }
`;

OrganizationProfile.fragments = { organization: ORGANIZATION_PROFILE_FRAGMENT };
