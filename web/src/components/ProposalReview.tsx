import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalReview_ProposalFragment, ReviewDecision } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useFormat } from '../i18n/format';
import { useReviewProposalMutation } from '../mutations/useReviewProposalMutation';
import { FieldError } from './FieldError';
import { IntakeTraitChecks, traitChecksInput, type IntakeTrait } from './IntakeTraitChecks';
import { MutationError } from './MutationError';

interface ProposalReviewProps {
  proposal: FragmentType<ProposalReview_ProposalFragment>;
  /** The current guideline's intake traits (`intakeTraits`). */
  traits: readonly IntakeTrait[];
  onReload: () => void;
}

/** One pending proposal with the current intake traits to check and the decision to list or decline it. */
export function ProposalReview({ proposal, traits, onReload }: ProposalReviewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const reasonId = useId();
  const { data, complete } = useFragment({ fragment: PROPOSAL_REVIEW_FRAGMENT, from: proposal });
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [review, { loading, error, reset }] = useReviewProposalMutation();
  if (!complete) return null;
  const problems = fieldProblemsOf(error);
  const reasonProblem = reasonMissing ? t('intake.reasonRequired') : problems.reason;
  const allTraits = traits.every((trait) => checked[trait.key]);
  const said = Object.fromEntries((data.proposerEligibility?.checks ?? []).map((c) => [c.trait, c.met]));
  const { initiative } = data;

  const decide = (decision: ReviewDecision) => {
    if (decision === 'DECLINE' && reason.trim().length === 0) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    review({
      variables: {
        input: {
          proposalId: data.id,
          expectedVersion: initiative.version,
          decision,
          eligibility: traitChecksInput(traits, checked),
          reason: reason.trim() || null,
        },
      },
    }).catch(() => {
      // shown from the hook's `error`
    });
  };

  return (
    <article className="proposal-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{initiative.title}</h2>
      <p className="muted">
        {[initiative.city, format.country(data.country)].filter(Boolean).join(', ')} ·{' '}
        {t('intake.submitted', { date: format.date(data.submittedAt) })} · {data.language.toUpperCase()}
      </p>
      <p>{initiative.summary}</p>
      <dl className="facts">
        {(data.organizationName || initiative.organization) && (
          <>
            <dt>{t('initiative.organization')}</dt>
            <dd>{initiative.organization?.name ?? data.organizationName}</dd>
          </>
        )}
        {initiative.meetingPlace && (
          <>
            <dt>{t('propose.fields.meetingPlace')}</dt>
            <dd>{initiative.meetingPlace}</dd>
          </>
        )}
        {initiative.meetingTimes && (
          <>
            <dt>{t('propose.fields.meetingTimes')}</dt>
            <dd>{initiative.meetingTimes}</dd>
          </>
        )}
        {(data.proposerName || data.proposerEmail) && (
          <>
            <dt>{t('intake.proposer')}</dt>
            <dd>{[data.proposerName, data.proposerEmail].filter(Boolean).join(' · ')}</dd>
          </>
        )}
      </dl>
      <IntakeTraitChecks
        legend={t('intake.eligibility')}
        traits={traits}
        checked={checked}
        onChange={setChecked}
        problems={problems}
        said={said}
      />
      <div className="field">
        <label htmlFor={reasonId}>{t('intake.reason')}</label>
        <textarea
          id={reasonId}
          rows={2}
          value={reason}
          aria-invalid={reasonProblem ? true : undefined}
          aria-describedby={reasonProblem ? `${reasonId}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        <FieldError id={`${reasonId}-error`} message={reasonProblem} />
      </div>
      {error && (
        <MutationError
          error={error}
          onReload={() => {
            reset();
            onReload();
          }}
        />
      )}
      <div className="query-error__actions">
        <button
          type="button"
          className="button"
          disabled={loading || !allTraits}
          title={allTraits ? undefined : t('intake.listNeedsAll')}
          onClick={() => decide('LIST')}
        >
          {t('intake.list')}
        </button>
        <button type="button" className="button button--secondary" disabled={loading} onClick={() => decide('DECLINE')}>
          {t('intake.decline')}
        </button>
      </div>
      {!allTraits && <p className="muted">{t('intake.listNeedsAll')}</p>}
    </article>
  );
}

const PROPOSAL_REVIEW_FRAGMENT: TypedDocumentNode<ProposalReview_ProposalFragment> = gql`
  fragment ProposalReview_proposal on InitiativeProposal {
    id
    language
    submittedAt
    organizationName
    proposerName
    proposerEmail
    proposerEligibility {
      checks {
        trait
        met
      }
    }
    country {
      code
      name
    }
    initiative {
      id
      version
      title
      summary
      city
      meetingPlace
      meetingTimes
      organization {
        id
        name
      }
    }
  }
`;

ProposalReview.fragments = { proposal: PROPOSAL_REVIEW_FRAGMENT };
