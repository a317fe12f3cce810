import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDescription_InitiativeFragment } from '../__generated__/graphql';

interface InitiativeDescriptionProps {
  initiative: FragmentType<InitiativeDescription_InitiativeFragment>;
}

export function InitiativeDescription({ initiative }: InitiativeDescriptionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: INITIATIVE_DESCRIPTION_FRAGMENT, from: initiative });
  if (!complete) return null;
  const paragraphs = data.description.split(/\n{2,}/).filter((p) => p.trim());
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('initiative.about')}</h2>
      {paragraphs.length ? (
        paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>)
      ) : (
        <p className="muted">{t('initiative.noDescription')}</p>
      )}
    </section>
  );
}

const INITIATIVE_DESCRIPTION_FRAGMENT: TypedDocumentNode<InitiativeDescription_InitiativeFragment> = gql`
  fragment InitiativeDescription_initiative on Initiative {
    id
    description
  }
`;

InitiativeDescription.fragments = { initiative: INITIATIVE_DESCRIPTION_FRAGMENT };
