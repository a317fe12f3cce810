import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeEditForm_InitiativeFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useUpdateInitiativeMutation } from '../mutations/useUpdateInitiativeMutation';
import {
  InitiativeFormFields,
  initiativeFormInput,
  initiativeFormValuesOf,
  TEXTS,
  type TextName,
} from './InitiativeFormFields';
import { VersionedEditForm } from './VersionedEditForm';

interface InitiativeEditFormProps {
  initiative: FragmentType<InitiativeEditForm_InitiativeFragment>;
  onSaved: () => void;
  /** Asks for the initiative again (after a CONFLICT: someone else saved first). */
  onReload: () => void;
}

/** Fields that may be cleared: an empty box sends null. */
const NULLABLE: ReadonlySet<TextName> = new Set(['city', 'meetingPlace', 'meetingTimes']);

/** The initiative's description and practice texts, saved against the version that was loaded. */
export function InitiativeEditForm({ initiative, onSaved, onReload }: InitiativeEditFormProps) {
  const { data, complete } = useFragment({ fragment: INITIATIVE_EDIT_FORM_FRAGMENT, from: initiative });
  if (!complete) return null;
  // A new version (after a reload) starts the form again from what was saved.
  return <EditForm key={data.version} data={data} onSaved={onSaved} onReload={onReload} />;
}

interface EditFormProps {
  data: InitiativeEditForm_InitiativeFragment;
  onSaved: () => void;
  onReload: () => void;
}

function EditForm({ data, onSaved, onReload }: EditFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initiativeFormValuesOf(data));
  const [update, { loading, error, reset }] = useUpdateInitiativeMutation();
  const problems = fieldProblemsOf(error);

  return (
    <VersionedEditForm
      className="edit-form panel"
      label={t('edit.title', { title: data.title })}
      onSubmit={() => {
        const changes = Object.fromEntries(
          TEXTS.map((name) => {
            const value = values.texts[name].trim();
            return [name, NULLABLE.has(name) && !value ? null : value];
          }),
        );
        return update({
          variables: {
            input: { id: data.id, expectedVersion: data.version, ...changes, ...initiativeFormInput(values) },
          },
        });
      }}
      onDone={onSaved}
      error={error}
      loading={loading}
      reset={reset}
      onReload={onReload}
      submitLabel={t('edit.save')}
    >
      <InitiativeFormFields values={values} onChange={setValues} problems={problems} />
    </VersionedEditForm>
  );
}

const INITIATIVE_EDIT_FORM_FRAGMENT: TypedDocumentNode<InitiativeEditForm_InitiativeFragment> = gql`
  fragment InitiativeEditForm_initiative on Initiative {
    id
    version
    title
    summary
    city
    description
    meetingPlace
    meetingTimes
    challenge
    goals
    howItWorks
    results
    evaluation
    beneficiaries
    funding
    status
    targetGroups
    activities
    latitude
    longitude
    startDate
    endDate
    participantsLocals
    participantsMigrants
    volunteers
    languages
    links
  }
`;

InitiativeEditForm.fragments = { initiative: INITIATIVE_EDIT_FORM_FRAGMENT };
