import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A criterion of the edition's guideline with its scale, lowest level first. */
export interface CriterionForScoring {
  key: string;
  name: string;
  description: string;
  weight: number;
  scale: readonly { score: number; descriptor: string }[];
}

interface CriterionScoreFieldProps {
  criterion: CriterionForScoring;
  score: number | null;
  comment: string;
  onScore: (score: number) => void;
  onComment: (comment: string) => void;
  /** Leaving the comment box saves at once instead of after the pause. */
  onBlur: () => void;
  /** The scorecard is submitted (or the edition no longer judging): shown, not changed. */
  readOnly: boolean;
  /** What the criterion still lacks, said under it once the juror tries to submit. */
  missing?: string;
}

/**
 * One criterion on the juror's scorecard: its name, description and weight, each scale level with
 * what it means (a radio button each), and the comment the server asks for before submitting.
 */
export function CriterionScoreField(props: CriterionScoreFieldProps) {
  const { t } = useTranslation();
  const { criterion, score, comment, readOnly } = props;
  const id = useId();
  const descriptionId = `${id}-description`;
  const missingId = `${id}-missing`;
  return (
    <fieldset
      className="panel criterion-score"
      aria-describedby={[descriptionId, props.missing && missingId].filter(Boolean).join(' ')}
      data-criterion={criterion.key}
    >
      <legend>
        <strong>{criterion.name}</strong>{' '}
        <span className="muted">{t('awards.scoring.weight', { weight: criterion.weight })}</span>
      </legend>
      <p id={descriptionId}>{criterion.description}</p>
      <div
        className="stack criterion-score__levels"
        role="radiogroup"
        aria-label={t('awards.scoring.levelsOf', { name: criterion.name })}
      >
        {criterion.scale.map((level) => (
          <label key={level.score} className="criterion-score__level">
            <input
              type="radio"
              name={`${id}-score`}
              value={level.score}
              checked={score === level.score}
              disabled={readOnly}
              onChange={() => props.onScore(level.score)}
            />{' '}
            <strong>{level.score}</strong> — {level.descriptor}
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('awards.scoring.comment', { name: criterion.name })}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          value={comment}
          readOnly={readOnly}
          onChange={(event) => props.onComment(event.target.value)}
          onBlur={props.onBlur}
        />
      </div>
      {props.missing && (
        <p id={missingId} className="field-error">
          {props.missing}
        </p>
      )}
    </fieldset>
  );
}
