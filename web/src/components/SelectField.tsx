import { useId } from 'react';

interface SelectFieldProps {
  label: string;
  value: string;
  /** Value '' is "any"; it is offered first when given. */
  anyLabel?: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A labelled select for a list filter or a form choice. */
export function SelectField({ label, value, anyLabel, options, onChange }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
