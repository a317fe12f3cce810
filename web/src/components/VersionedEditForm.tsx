import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { Fragment, type ReactNode } from 'react';
import { MutationForm, type MutationFormProps } from './MutationForm';

interface VersionedEditFormProps<TResult> extends Omit<MutationFormProps<TResult>, 'onReload'> {
  /** The mutation hook's result; its `reset` takes the conflict message away with the reload. */
  mutation: MutationFormProps<TResult>['mutation'] & { reset: () => void };
  /** Asks the page's query again after a CONFLICT (someone else saved first). */
  onReload: () => void;
}

/**
 * A change saved against the `version` it was made on (`expectedVersion`). A CONFLICT says someone else
 * saved first and offers Reload, which asks the page's query again; the form, keyed on `version` by
 * `VersionedFragment`, then starts over from what the other person saved.
 */
export function VersionedEditForm<TResult>({ onReload, ...props }: VersionedEditFormProps<TResult>) {
  return (
    <MutationForm
      {...props}
      onReload={() => {
        props.mutation.reset();
        onReload();
      }}
    />
  );
}

interface VersionedFragmentProps<TData extends { version: number }> {
  fragment: TypedDocumentNode<TData>;
  from: FragmentType<NoInfer<TData>>;
  /** The form, made from the fragment's data. */
  children: (data: TData) => ReactNode;
}

/**
 * Reads a versioned form's fragment and keys the form on `version`: a new version (after Reload)
 * starts the form again from what was saved.
 */
export function VersionedFragment<TData extends { version: number }>(props: VersionedFragmentProps<TData>) {
  const options: useFragment.Options<TData, OperationVariables> = { fragment: props.fragment, from: props.from };
  const { data, complete } = useFragment(options);
  if (!complete) return null;
  return <Fragment key={data.version}>{props.children(data)}</Fragment>;
}
