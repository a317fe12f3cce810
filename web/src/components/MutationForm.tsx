import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationError } from './MutationError';

export interface MutationFormProps<TResult> {
  /** The form's accessible name. */
  label: string;
  className: string;
  /** Sends the change (or returns nothing when the form refuses it first); a failure is shown from `error`. */
  onSubmit: () => Promise<TResult> | void;
  /** Once the change is made, with the mutation's answer. */
  onDone?: (result: TResult) => void;
  /** The mutation hook's result: the button waits while `loading`; `error` is explained under the fields. */
  mutation: { loading: boolean; error?: unknown };
  submitLabel: string;
  /** The button's text while the change is on its way (default "Saving…"). */
  busyLabel?: string;
  /** The button is a dangerous one (withdraw, erase). */
  danger?: boolean;
  /** The change cannot be sent yet (something above the form is not chosen). */
  disabled?: boolean;
  /** A "Cancel" button beside the submit one. */
  onCancel?: () => void;
  /** Offered with a CONFLICT: asks for what the other person saved (see `VersionedEditForm`). */
  onReload?: () => void;
  /** A CONFLICT may be a rule's refusal: the server's sentence is shown under the message. */
  refusal?: boolean;
  /** Let the browser check `required` and the like first (default: the server names the problems). */
  browserValidation?: boolean;
  /** The fields, and what stands above them (a heading, an introduction). */
  children: ReactNode;
}

/**
 * A form that sends one mutation: the fields, then why the change was refused (by its code), then the
 * submit button (and Cancel). Field problems are shown by the fields themselves (`fieldProblemsOf`).
 */
export function MutationForm<TResult>(props: MutationFormProps<TResult>) {
  const { t } = useTranslation();
  const { onSubmit, onDone, onCancel } = props;
  const { loading, error } = props.mutation;
  const submit = (
    <button
      type="submit"
      className={props.danger ? 'button button--danger' : 'button'}
      disabled={loading || props.disabled}
    >
      {loading ? (props.busyLabel ?? t('forms.saving')) : props.submitLabel}
    </button>
  );
  return (
    <form
      className={props.className}
      aria-label={props.label}
      noValidate={!props.browserValidation}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit()?.then(
          (result) => onDone?.(result),
          () => {
            // shown from the hook's `error`
          },
        );
      }}
    >
      {props.children}
      {Boolean(error) && <MutationError error={error} onReload={props.onReload} refusal={props.refusal} />}
      {onCancel ? (
        <div className="actions">
          {submit}
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('forms.cancel')}
          </button>
        </div>
      ) : (
        submit
      )}
    </form>
  );
}

interface OpenFormButtonProps {
  label: string;
  onOpen: () => void;
  danger?: boolean;
}

/** The button that stands where a form opens on demand (record a consent, a new campaign). */
export function OpenFormButton({ label, onOpen, danger }: OpenFormButtonProps) {
  return (
    <p>
      <button type="button" className={danger ? 'button button--danger' : 'button button--secondary'} onClick={onOpen}>
        {label}
      </button>
    </p>
  );
}
