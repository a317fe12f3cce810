import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The server's problem with this field, shown under it. */
  problem?: string;
  multiline?: boolean;
  required?: boolean;
  type?: 'text' | 'email' | 'url' | 'number' | 'date' | 'datetime-local';
  hint?: string;
  /** The most characters the field takes (the server's limit). */
  maxLength?: number;
  /** Called on Enter in a one-line field instead of submitting the form around it. */
  onEnter?: () => void;
}

/** A labelled input or textarea with its field error tied to it. */
export function TextField({
  label,
  value,
  onChange,
  problem,
  multiline,
  required,
  type = 'text',
  hint,
  maxLength,
  onEnter,
}: TextFieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    required,
    maxLength,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': described,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={
            onEnter &&
            ((event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              onEnter();
            })
          }
        />
      )}
      {problem && (
        <p id={`${id}-error`} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
