import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemsOf } from '../apollo/problems';
import { useCreateInitiativeMutation } from '../mutations/useCreateInitiativeMutation';
import {
  InitiativeFormFields,
  initiativeFormInput,
  initiativeFormValuesOf,
  REQUIRED,
  TEXTS,
} from './InitiativeFormFields';
import { MutationForm } from './MutationForm';

interface InitiativeCreateFormProps {
  /** The organisation the initiative belongs to, chosen above the form; '' until chosen. */
  organizationId: string;
  /** Where to go once it exists. */
  onCreated: (id: string) => void;
}

/** A new initiative's texts, status, target groups, activities and facts, for the chosen organisation. */
export function InitiativeCreateForm({ organizationId, onCreated }: InitiativeCreateFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initiativeFormValuesOf());
  const [create, creating] = useCreateInitiativeMutation();
  const problems = fieldProblemsOf(creating.error);

  return (
    <MutationForm
      className="edit-form panel"
      label={t('create.title')}
      onSubmit={() => {
        // Empty optional texts are left out; the required ones are sent as typed so the server names them.
        const given = Object.fromEntries(
          TEXTS.map((name) => [name, values.texts[name].trim()] as const).filter(
            ([name, value]) => REQUIRED.has(name) || value,
          ),
        );
        return create({
          variables: {
            input: { organizationId, title: '', summary: '', city: '', ...given, ...initiativeFormInput(values) },
          },
        });
      }}
      onDone={({ data }) => {
        if (data) onCreated(data.createInitiative.initiative.id);
      }}
      mutation={creating}
      disabled={!organizationId}
      submitLabel={t('create.submit')}
    >
      {problems.organizationId && (
        <p className="field-error" role="alert">
          {problems.organizationId}
        </p>
      )}
      <InitiativeFormFields values={values} onChange={setValues} problems={problems} />
    </MutationForm>
  );
}
