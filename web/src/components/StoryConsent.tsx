import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryConsent_StoryFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';
import { consentEffect } from '../stories/consent-effect';

interface StoryConsentProps {
  story: FragmentType<StoryConsent_StoryFragment>;
}

/**
 * The story's consent record and what it allows, in plain words; its evidence and who recorded it
 * when the server gives them (admins and the coordinator of the story's country).
 */
export function StoryConsent({ story }: StoryConsentProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { data, complete } = useFragment({
    fragment: STORY_CONSENT_FRAGMENT,
    fragmentName: 'StoryConsent_story',
    from: story,
  });
  if (!complete) return null;
  const { consent } = data;
  // The history holds the current consent too; it is shown above.
  const earlier = data.consentHistory.filter((past) => past.id !== consent?.id);
  return (
    <section className="panel consent" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('consent.title')}</h2>
      {consent ? (
        <>
          <ul className="consent-effect" data-testid="consent-effect">
            {consentEffect(consent, t, format.date).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <ConsentFacts consent={consent} />
        </>
      ) : (
        <p className="muted">{t('consent.none')}</p>
      )}
      {earlier.length > 0 && (
        <>
          <h3>{t('consent.history')}</h3>
          <ol className="stack consent-history" aria-label={t('consent.history')}>
            {earlier.map((past) => (
              <li key={past.id}>
                <ul className="consent-effect">
                  {consentEffect(past, t, format.date).map((sentence) => (
                    <li key={sentence}>{sentence}</li>
                  ))}
                </ul>
                <ConsentFacts consent={past} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

type ConsentRecord = NonNullable<StoryConsent_StoryFragment['consent']>;

/** Who gave the consent and when; its evidence and who recorded it when the server gives them. */
function ConsentFacts({ consent }: { consent: ConsentRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="facts">
      <dt>{t('consent.givenBy')}</dt>
      <dd>{t(`enums.ConsentGiver.${consent.givenBy}`)}</dd>
      <dt>{t('consent.givenAt')}</dt>
      <dd>{format.date(consent.givenAt)}</dd>
      {consent.evidenceReference && (
        <>
          <dt>{t('consent.evidence')}</dt>
          <dd>{consent.evidenceReference}</dd>
        </>
      )}
      {consent.recordedBy && (
        <>
          <dt>{t('consent.recordedBy')}</dt>
          <dd>
            {consent.recordedBy}, {format.date(consent.recordedAt)}
          </dd>
        </>
      )}
    </dl>
  );
}

// One consent record, as both the current consent and the history show it.
const CONSENT_FRAGMENT = gql`
  fragment StoryConsent_consent on Consent {
    id
    scope
    channels
    mayShowName
    mayShowImage
    expiresAt
    withdrawnAt
    givenBy
    givenAt
    recordedAt
    evidenceReference
    recordedBy
  }
`;

const STORY_CONSENT_FRAGMENT: TypedDocumentNode<StoryConsent_StoryFragment> = gql`
  fragment StoryConsent_story on Story {
    id
    consent {
      ...StoryConsent_consent @unmask
    }
    consentHistory {
      ...StoryConsent_consent @unmask
    }
  }
  ${CONSENT_FRAGMENT}
`;

StoryConsent.fragments = { story: STORY_CONSENT_FRAGMENT };
