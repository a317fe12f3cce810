import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './FieldError';

/** An intake trait as `intakeTraits` gives it: the current guideline's rule checked at intake. */
export interface IntakeTrait {
  key: string;
  text: string;
}

interface IntakeTraitChecksProps {
  legend: string;
  traits: readonly IntakeTrait[];
  checked: Readonly<Record<string, boolean>>;
  onChange: (checked: Record<string, boolean>) => void;
  /** The server's problems by field (`eligibility`, `eligibility.2`). */
  problems: Record<string, string>;
  /** What someone else said of each trait, shown beside it (the proposer, for a reviewer). */
  said?: Readonly<Record<string, boolean>>;
}

/** One checkbox per intake trait of the current guideline, in its order: the network's one checklist. */
export function IntakeTraitChecks({ legend, traits, checked, onChange, problems, said }: IntakeTraitChecksProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const problem =
    problems.eligibility ?? Object.entries(problems).find(([field]) => field.startsWith('eligibility.'))?.[1];
  return (
    <fieldset className="field" aria-describedby={problem ? errorId : undefined}>
      <legend>{legend}</legend>
      {traits.length === 0 && <p className="muted">{t('intake.noTraits')}</p>}
      {traits.map((trait) => (
        <label key={trait.key} className="checkbox">
          <input
            type="checkbox"
            checked={checked[trait.key] ?? false}
            onChange={(event) => onChange({ ...checked, [trait.key]: event.target.checked })}
          />{' '}
          {trait.text}
          {said && trait.key in said && (
            <span className="muted"> · {t(said[trait.key] ? 'intake.proposerSaysYes' : 'intake.proposerSaysNo')}</span>
          )}
        </label>
      ))}
      <FieldError id={errorId} message={problem} />
    </fieldset>
  );
}

/** The answers as the API takes them: every trait once, unchecked as not met. */
export const traitChecksInput = (traits: readonly IntakeTrait[], checked: Readonly<Record<string, boolean>>) =>
  traits.map((trait) => ({ trait: trait.key, met: checked[trait.key] ?? false }));
