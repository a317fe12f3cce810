import { CombinedGraphQLErrors, gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryReview_StoryFragment, StoryStatus } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useFormat } from '../i18n/format';
import { useMoveStoryStatusMutation } from '../mutations/useMoveStoryStatusMutation';
import { allowedStoryMoves, moveNeedsReason } from '../stories/review-moves';
import { FieldError } from './FieldError';
import { MutationError } from './MutationError';

interface StoryReviewProps {
  story: FragmentType<StoryReview_StoryFragment>;
  /** Whether to offer the moves (staff); the server decides whether each one is allowed. */
  canMove: boolean;
  /** Asks the page's query again (after a CONFLICT: someone else moved it first). */
  onReload: () => void;
}

/** Where the story stands in review, the dated history of who moved it and why, and the next moves. */
export function StoryReview({ story, canMove, onReload }: StoryReviewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: STORY_REVIEW_FRAGMENT, from: story });
  if (!complete) return null;
  const moves = allowedStoryMoves(data.status);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review.title')}</h2>
      <p>
        {t('review.currentStatus')}{' '}
        <strong className={`badge badge--${data.status.toLowerCase()}`} data-testid="story-status">
          {t(`enums.StoryStatus.${data.status}`)}
        </strong>
      </p>
      <h3>{t('review.history')}</h3>
      {data.statusHistory.length ? (
        <ol className="membership-history status-history" aria-label={t('review.history')}>
          {data.statusHistory.map((change) => (
            <li key={change.id}>
              <strong>
                {t('organization.move', {
                  from: t(`enums.StoryStatus.${change.fromStatus}`),
                  to: t(`enums.StoryStatus.${change.toStatus}`),
                })}
              </strong>
              <span className="muted">
                {' '}
                · {t('organization.changedBy', { name: change.changedBy, date: format.date(change.changedAt) })}
              </span>
              {change.reason && <p>{change.reason}</p>}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('review.noHistory')}</p>
      )}
      {canMove && moves.length > 0 && (
        <MoveStoryForm
          key={data.version}
          storyId={data.id}
          version={data.version}
          from={data.status}
          needsSecondReviewer={data.needsSecondReviewer}
          onReload={onReload}
        />
      )}
    </section>
  );
}

interface MoveStoryFormProps {
  storyId: string;
  version: number;
  from: StoryStatus;
  needsSecondReviewer: boolean;
  onReload: () => void;
}

/** The server refused to publish because the one who approved is the one publishing (or nobody approved). */
const refusedForSecondReviewer = (error: unknown) =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.needsSecondReviewer === true);

function MoveStoryForm({ storyId, version, from, needsSecondReviewer, onReload }: MoveStoryFormProps) {
  const { t } = useTranslation();
  const statusId = useId();
  const reasonId = useId();
  const moves = allowedStoryMoves(from);
  const [toStatus, setToStatus] = useState<StoryStatus>(moves[0]);
  const [reason, setReason] = useState('');
  const [move, { loading, error, reset }] = useMoveStoryStatusMutation();
  const problems = fieldProblemsOf(error);
  const reasonRequired = moveNeedsReason(from, toStatus);

  return (
    <form
      className="stack move-membership-form"
      aria-label={t('review.moveTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        move({
          variables: { input: { storyId, toStatus, reason: reason.trim() || null, expectedVersion: version } },
        }).catch(() => {
          // shown below from the hook's `error`
        });
      }}
    >
      <h3>{t('review.moveTitle')}</h3>
      <div className="field">
        <label htmlFor={statusId}>{t('review.moveTo')}</label>
        <select id={statusId} value={toStatus} onChange={(event) => setToStatus(event.target.value as StoryStatus)}>
          {moves.map((status) => (
            <option key={status} value={status}>
              {t(`review.moves.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={reasonId}>{reasonRequired ? t('review.reasonRequired') : t('review.reason')}</label>
        <textarea
          id={reasonId}
          required={reasonRequired}
          maxLength={1000}
          rows={3}
          value={reason}
          aria-invalid={problems.reason ? true : undefined}
          aria-describedby={problems.reason ? `${reasonId}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        <FieldError id={`${reasonId}-error`} message={problems.reason} />
      </div>
      {toStatus === 'PUBLISHED' && needsSecondReviewer && <p className="muted">{t('story.needsSecondReviewer')}</p>}
      {refusedForSecondReviewer(error) && (
        <p className="form-error" role="alert">
          {t('review.secondReviewerRefused')}
        </p>
      )}
      {error && !refusedForSecondReviewer(error) && (
        <MutationError
          error={error}
          refusal
          onReload={() => {
            reset();
            onReload();
          }}
        />
      )}
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('forms.saving') : t('review.moveSubmit')}
      </button>
    </form>
  );
}

const STORY_REVIEW_FRAGMENT: TypedDocumentNode<StoryReview_StoryFragment> = gql`
  fragment StoryReview_story on Story {
    id
    version
    status
    needsSecondReviewer
    statusHistory {
      id
      fromStatus
      toStatus
      reason
      changedAt
      changedBy
    }
  }
`;

StoryReview.fragments = { story: STORY_REVIEW_FRAGMENT };
