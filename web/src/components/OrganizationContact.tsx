import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationContact_OrganizationFragment } from '../__generated__/graphql';

interface OrganizationContactProps {
  organization: FragmentType<OrganizationContact_OrganizationFragment>;
}

/** The private contact details; the server sends them only to those allowed, so nothing shows otherwise. */
export function OrganizationContact({ organization }: OrganizationContactProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: ORGANIZATION_CONTACT_FRAGMENT, from: organization });
  if (!complete || !(data.contactName || data.contactEmail || data.contactPhone)) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organization.contact')}</h2>
      <p className="muted">{t('organization.contactPrivate')}</p>
      <dl className="facts">
        {data.contactName && (
          <>
            <dt>{t('organization.contactName')}</dt>
            <dd>{data.contactName}</dd>
          </>
        )}
        {data.contactEmail && (
          <>
            <dt>{t('organization.contactEmail')}</dt>
            <dd>
              <a href={`mailto:${data.contactEmail}`}>{data.contactEmail}</a>
            </dd>
          </>
        )}
        {data.contactPhone && (
          <>
            <dt>{t('organization.contactPhone')}</dt>
            <dd>{data.contactPhone}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

const ORGANIZATION_CONTACT_FRAGMENT: TypedDocumentNode<OrganizationContact_OrganizationFragment> = gql`
  fragment OrganizationContact_organization on Organization {
    id
    contactName
    contactEmail
    contactPhone
  }
`;

OrganizationContact.fragments = { organization: ORGANIZATION_CONTACT_FRAGMENT };
