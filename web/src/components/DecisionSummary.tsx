import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionSummary_EditionFragment } from '../__generated__/graphql';

interface DecisionSummaryProps {
  edition: FragmentType<DecisionSummary_EditionFragment>;
}

/** The jury's recorded decision: when, by whom (the network only), from which ranking, and why. */
export function DecisionSummary({ edition }: DecisionSummaryProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: DECISION_SUMMARY_FRAGMENT, from: edition });
  if (!complete || !data.decision) return null;
  const { decision } = data;
  const date = new Date(decision.decidedAt).toLocaleDateString(i18n.language);
  return (
    <section className="panel decision-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('awards.results.decided')}</h2>
      <p>
        {decision.decidedBy
          ? t('awards.results.decidedBy', { date, name: decision.decidedBy })
          : t('awards.results.decidedOn', { date })}{' '}
        {decision.normalised ? t('awards.results.fromNormalised') : t('awards.results.fromRaw')}
      </p>
      <p className="prose">{decision.reason}</p>
    </section>
  );
}

const DECISION_SUMMARY_FRAGMENT: TypedDocumentNode<DecisionSummary_EditionFragment> = gql`
  fragment DecisionSummary_edition on AwardEdition {
    id
    decision {
      editionId
      decidedAt
      decidedBy
      normalised
      reason
    }
  }
`;

DecisionSummary.fragments = { edition: DECISION_SUMMARY_FRAGMENT };
