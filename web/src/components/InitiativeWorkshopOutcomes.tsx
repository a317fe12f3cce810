import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeWorkshopOutcomes_InitiativeFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface InitiativeWorkshopOutcomesProps {
  initiative: FragmentType<InitiativeWorkshopOutcomes_InitiativeFragment>;
}

/** Lessons, recommendations and commitments from workshops that cite the initiative (advocacy). */
export function InitiativeWorkshopOutcomes({ initiative }: InitiativeWorkshopOutcomesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: INITIATIVE_WORKSHOP_OUTCOMES_FRAGMENT, from: initiative });
  if (!complete) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('workshopOutcomes.title')} <span className="count">{data.workshopOutcomes.length}</span>
      </h2>
      {data.workshopOutcomes.length ? (
        <ul className="stack">
          {data.workshopOutcomes.map((outcome) => (
            <li key={outcome.id}>
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
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t('workshopOutcomes.empty')}</p>
      )}
    </section>
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
