import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
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
import { VersionedEditForm, VersionedFragment } from './VersionedEditForm';

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
  return (
    <VersionedFragment fragment={INITIATIVE_EDIT_FORM_FRAGMENT} from={initiative}>
      {(data) => <EditForm data={data} onSaved={onSaved} onReload={onReload} />}
    </VersionedFragment>
  );
}

type EditFormProps = Omit<InitiativeEditFormProps, 'initiative'> & { data: InitiativeEditForm_InitiativeFragment };

function EditForm({ data, onSaved, onReload }: EditFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initiativeFormValuesOf(data));
  const [update, updating] = useUpdateInitiativeMutation();
  const problems = fieldProblemsOf(updating.error);

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
      mutation={updating}
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
