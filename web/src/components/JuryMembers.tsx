import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { JuryMembers_EditionFragment } from '../__generated__/graphql';
import { useRemoveJurorMutation } from '../mutations/useRemoveJurorMutation';
import { ListSection } from './ListSection';
import { MutationError } from './MutationError';

interface JuryMembersProps {
  edition: FragmentType<JuryMembers_EditionFragment>;
  /** The viewer runs the edition: each juror gets a "Remove" button. */
  canManage: boolean;
}

/** The edition's jurors in the order they were assigned, with who assigned them and when. */
export function JuryMembers({ edition, canManage }: JuryMembersProps) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({ fragment: JURY_MEMBERS_FRAGMENT, from: edition });
  const [remove, removing] = useRemoveJurorMutation();
  if (!complete) return null;
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  return (
    <>
      <ListSection
        title={t('awards.jury.members')}
        items={data.jury}
        empty={t('awards.jury.noMembers')}
        itemClassName="jury-member"
        renderItem={(member) => (
          <>
            <strong>{member.displayName}</strong>{' '}
            <span className="muted">
              {t('awards.jury.assigned', { by: member.assignedBy, date: date(member.assignedAt) })}
            </span>
            {canManage && (
              <button
                type="button"
                className="button button--secondary"
                disabled={removing.loading}
                aria-label={t('awards.jury.removeNamed', { name: member.displayName })}
                onClick={() =>
                  void remove({
                    variables: { input: { editionId: data.id, jurorAccountId: member.jurorAccountId } },
                  }).catch(() => undefined)
                }
              >
                {t('awards.jury.remove')}
              </button>
            )}
          </>
        )}
      />
      {removing.error && <MutationError error={removing.error} />}
    </>
  );
}

const JURY_MEMBERS_FRAGMENT: TypedDocumentNode<JuryMembers_EditionFragment> = gql`
  fragment JuryMembers_edition on AwardEdition {
    id
    jury {
      id
      jurorAccountId
      displayName
      assignedAt
      assignedBy
    }
  }
`;

JuryMembers.fragments = { edition: JURY_MEMBERS_FRAGMENT };
