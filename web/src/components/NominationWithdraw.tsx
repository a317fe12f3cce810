import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NominationWithdraw_NominationFragment } from '../__generated__/graphql';
import { fieldProblemsOf } from '../apollo/problems';
import { useWithdrawNominationMutation } from '../mutations/useWithdrawNominationMutation';
import { OpenFormButton } from './MutationForm';
import { TextField } from './TextField';
import { VersionedEditForm } from './VersionedEditForm';

interface NominationWithdrawProps {
  nomination: FragmentType<NominationWithdraw_NominationFragment>;
  onReload: () => void;
}

/**
 * The nominator takes the nomination back while nominations are open, saying why (shown to the
 * network): offered only when `viewerCanWithdraw` says the server would accept it.
 */
export function NominationWithdraw({ nomination, onReload }: NominationWithdrawProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: NOMINATION_WITHDRAW_FRAGMENT, from: nomination });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [withdraw, withdrawing] = useWithdrawNominationMutation();
  if (!complete) return null;
  if (!data.viewerCanWithdraw) return null;
  if (!open) return <OpenFormButton danger label={t('awards.withdraw.open')} onOpen={() => setOpen(true)} />;
  const problems = fieldProblemsOf(withdrawing.error);
  return (
    <VersionedEditForm
      key={data.version}
      className="panel stack"
      label={t('awards.withdraw.title')}
      mutation={withdrawing}
      refusal
      danger
      onReload={onReload}
      onCancel={() => setOpen(false)}
      submitLabel={t('awards.withdraw.submit')}
      onSubmit={() =>
        withdraw({ variables: { input: { id: data.id, expectedVersion: data.version, reason: reason.trim() } } })
      }
    >
      <h2>{t('awards.withdraw.title')}</h2>
      <p className="muted">{t('awards.withdraw.intro')}</p>
      <TextField
        label={t('awards.withdraw.reason')}
        multiline
        value={reason}
        onChange={setReason}
        problem={problems.reason}
      />
    </VersionedEditForm>
  );
}

const NOMINATION_WITHDRAW_FRAGMENT: TypedDocumentNode<NominationWithdraw_NominationFragment> = gql`
  fragment NominationWithdraw_nomination on Nomination {
    id
    version
    viewerCanWithdraw
  }
`;

NominationWithdraw.fragments = { nomination: NOMINATION_WITHDRAW_FRAGMENT };
