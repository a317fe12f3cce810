import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeFacts_InitiativeFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface InitiativeFactsProps {
  initiative: FragmentType<InitiativeFacts_InitiativeFragment>;
}

/** Whom the initiative brings together, how, and how many. */
export function InitiativeFacts({ initiative }: InitiativeFactsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: INITIATIVE_FACTS_FRAGMENT, from: initiative });
  if (!complete) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('initiative.facts')}</h2>
      <h3>{t('initiative.targetGroups')}</h3>
      {data.targetGroups.length ? (
        <ul className="tags">
          {data.targetGroups.map((group) => (
            <li key={group} className="tag">
              {t(`enums.TargetGroup.${group}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('initiative.none')}</p>
      )}
      <h3>{t('initiative.activities')}</h3>
      {data.activities.length ? (
        <ul className="tags">
          {data.activities.map((activity) => (
            <li key={activity} className="tag tag--activity">
              {t(`enums.Activity.${activity}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('initiative.none')}</p>
      )}
      <h3>{t('initiative.participants')}</h3>
      <dl className="figures">
        <div>
          <dt>{t('initiative.participantsLocals')}</dt>
          <dd>{format.number(data.participantsLocals)}</dd>
        </div>
        <div>
          <dt>{t('initiative.participantsMigrants')}</dt>
          <dd>{format.number(data.participantsMigrants)}</dd>
        </div>
        <div>
          <dt>{t('initiative.volunteers')}</dt>
          <dd>{format.number(data.volunteers)}</dd>
        </div>
      </dl>
    </section>
  );
}

const INITIATIVE_FACTS_FRAGMENT: TypedDocumentNode<InitiativeFacts_InitiativeFragment> = gql`
  fragment InitiativeFacts_initiative on Initiative {
    id
    targetGroups
    activities
    participantsLocals
    participantsMigrants
    volunteers
  }
`;

InitiativeFacts.fragments = { initiative: INITIATIVE_FACTS_FRAGMENT };
