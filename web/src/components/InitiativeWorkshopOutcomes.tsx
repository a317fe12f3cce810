import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { InitiativeWorkshopOutcomes_InitiativeFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';
import { ListSection } from './ListSection';

interface InitiativeWorkshopOutcomesProps {
  initiative: FragmentType<InitiativeWorkshopOutcomes_InitiativeFragment>;
}

/** Lessons, recommendations and commitments from workshops that cite the initiative (advocacy). */
export function InitiativeWorkshopOutcomes({ initiative }: InitiativeWorkshopOutcomesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, complete } = useFragment({ fragment: INITIATIVE_WORKSHOP_OUTCOMES_FRAGMENT, from: initiative });
  if (!complete) return null;
  return (
    <ListSection
      title={t('workshopOutcomes.title')}
      items={data.workshopOutcomes}
      empty={t('workshopOutcomes.empty')}
      renderItem={(outcome) => (
        <article className="outcome">
          <p className="eyebrow">{t(`enums.WorkshopOutcomeKind.${outcome.kind}`)}</p>
          <p className="outcome__text">{outcome.text}</p>
          <p className="muted">
            {t('workshopOutcomes.fromWorkshop', {
              title: outcome.workshop.title,
              city: outcome.workshop.city,
              date: format.date(outcome.workshop.startsOn),
            })}{' '}
            <span className={`badge badge--${outcome.followUpStatus.toLowerCase()}`}>
              {t(`enums.FollowUpStatus.${outcome.followUpStatus}`)}
            </span>
          </p>
        </article>
      )}
    />
  );
}

const INITIATIVE_WORKSHOP_OUTCOMES_FRAGMENT: TypedDocumentNode<InitiativeWorkshopOutcomes_InitiativeFragment> = gql`
  fragment InitiativeWorkshopOutcomes_initiative on Initiative {
    id
    workshopOutcomes {
      id
      kind
      text
      followUpStatus
      workshop {
        id
        title
        city
        startsOn
      }
    }
  }
`;

InitiativeWorkshopOutcomes.fragments = { initiative: INITIATIVE_WORKSHOP_OUTCOMES_FRAGMENT };
