import { MutationForm, type MutationFormProps } from './MutationForm';

interface VersionedEditFormProps<TResult> extends Omit<MutationFormProps<TResult>, 'onReload'> {
  /** Asks the page's query again after a CONFLICT (someone else saved first). */
  onReload: () => void;
  /** The mutation's `reset`: the conflict message goes with the reload. */
  reset: () => void;
}

/**
 * A change saved against the `version` it was made on (`expectedVersion`). A CONFLICT says someone else
 * saved first and offers Reload, which asks the page's query again; the caller keys the form on
 * `version`, so it starts over from what the other person saved.
 */
export function VersionedEditForm<TResult>({ onReload, reset, ...props }: VersionedEditFormProps<TResult>) {
  return (
    <MutationForm
      {...props}
      onReload={() => {
        reset();
        onReload();
      }}
    />
  );
}
