import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { InitiativeHeader_InitiativeFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface InitiativeHeaderProps {
  initiative: FragmentType<InitiativeHeader_InitiativeFragment>;
}

/** Title, place, organisation and status: who and where, at a glance. */
export function InitiativeHeader({ initiative }: InitiativeHeaderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, complete } = useFragment({ fragment: INITIATIVE_HEADER_FRAGMENT, from: initiative });
  if (!complete) return null;
  const country = data.country ? format.country(data.country) : '';
  return (
    <header className="initiative-header">
      <h1>{data.title}</h1>
      <p className="initiative-header__summary">{data.summary}</p>
      <dl className="initiative-header__meta">
        <div>
          <dt>{t('initiative.location')}</dt>
          <dd>{data.city ? t('initiative.place', { city: data.city, country }) : country}</dd>
        </div>
        {data.organization && (
          <div>
            <dt>{t('initiative.organization')}</dt>
            <dd>{data.organization.name}</dd>
          </div>
        )}
        <div>
          <dt>{t('initiative.status')}</dt>
          <dd>
            <span className={`badge badge--${data.status.toLowerCase()}`}>
              {t(`enums.InitiativeStatus.${data.status}`)}
            </span>
          </dd>
        </div>
      </dl>
    </header>
  );
}

const INITIATIVE_HEADER_FRAGMENT: TypedDocumentNode<InitiativeHeader_InitiativeFragment> = gql`
  fragment InitiativeHeader_initiative on Initiative {
    id
    title
    summary
    city
    status
    country {
      code
      name
    }
    organization {
      id
      name
    }
  }
`;

InitiativeHeader.fragments = { initiative: INITIATIVE_HEADER_FRAGMENT };
