interface FieldErrorProps {
  id: string;
  message: string | undefined;
}

/** The server's problem with one field, placed under it and tied to it with aria-describedby. */
export function FieldError({ id, message }: FieldErrorProps) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
