import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryRisk_StoryFragment } from '../__generated__/graphql';

interface StoryRiskProps {
  story: FragmentType<StoryRisk_StoryFragment>;
}

/**
 * What puts the storyteller at risk and what follows from it (anonymity, no images of them, a second
 * reviewer before publication). The server tells this only to those who may change the story; for
 * everyone else there is nothing to show.
 */
export function StoryRisk({ story }: StoryRiskProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: STORY_RISK_FRAGMENT, from: story });
  if (!complete || (!data.riskFlags.length && !data.needsSecondReviewer)) return null;
  return (
    <section className="panel panel--warning" aria-labelledby={headingId} data-testid="story-risk">
      <h2 id={headingId}>{t('story.riskTitle')}</h2>
      <ul className="tags" aria-label={t('story.riskTitle')}>
        {data.riskFlags.map((flag) => (
          <li key={flag} className="tag tag--risk">
            {t(`enums.StorytellerRiskFlag.${flag}`)}
          </li>
        ))}
      </ul>
      <p>{t('story.atRisk')}</p>
      {data.needsSecondReviewer && (
        <p>
          <strong>{t('story.needsSecondReviewer')}</strong>
        </p>
      )}
    </section>
  );
}

const STORY_RISK_FRAGMENT: TypedDocumentNode<StoryRisk_StoryFragment> = gql`
  fragment StoryRisk_story on Story {
    id
    riskFlags
    needsSecondReviewer
  }
`;

StoryRisk.fragments = { story: STORY_RISK_FRAGMENT };
