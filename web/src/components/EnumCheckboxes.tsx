import { useId } from 'react';

interface EnumCheckboxesProps<T extends string> {
  legend: string;
  options: { value: T; label: string }[];
  value: T[];
  onChange: (value: T[]) => void;
  problem?: string;
}

/** A group of checkboxes for a list of enum values (target groups, activities). */
export function EnumCheckboxes<T extends string>({
  legend,
  options,
  value,
  onChange,
  problem,
}: EnumCheckboxesProps<T>) {
  const id = useId();
  return (
    <fieldset className="field" aria-describedby={problem ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-group">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...value, option.value] : value.filter((item) => item !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </div>
      {problem && (
        <p id={`${id}-error`} className="field-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
