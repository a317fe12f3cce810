import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JuryConflicts_EditionFragment } from '../__generated__/graphql';
import { ListSection } from './ListSection';

interface JuryConflictsProps {
  edition: FragmentType<JuryConflicts_EditionFragment>;
}

/** The jurors' conflicts of interest, declared by them or detected by the platform: who, with which nomination, why, when. */
export function JuryConflicts({ edition }: JuryConflictsProps) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({ fragment: JURY_CONFLICTS_FRAGMENT, from: edition });
  if (!complete) return null;
  const jurors = new Map(data.jury.map((j) => [j.jurorAccountId, j.displayName]));
  const titles = new Map(data.nominations.nodes.map((n) => [n.id, n.initiative.title]));
  return (
    <ListSection
      title={t('awards.jury.declaredConflicts')}
      items={data.conflicts}
      empty={t('awards.jury.noConflicts')}
      itemClassName="jury-conflict"
      renderItem={(conflict) => (
        <>
          <p>
            {t('awards.jury.conflictLine', {
              juror: jurors.get(conflict.jurorAccountId) ?? t('awards.jury.formerJuror'),
              date: new Date(conflict.declaredAt).toLocaleDateString(i18n.language),
            })}{' '}
            <Link to={`/awards/nominations/${conflict.nominationId}`}>
              {titles.get(conflict.nominationId) ?? t('awards.jury.aNomination')}
            </Link>
          </p>
          <p>
            <span className={`badge badge--${conflict.kind === 'DETECTED' ? 'warning' : 'eligible'}`}>
              {t(`enums.ConflictKind.${conflict.kind}`)}
            </span>{' '}
            <span className="muted">{conflict.reason}</span>
          </p>
        </>
      )}
    />
  );
}

const JURY_CONFLICTS_FRAGMENT: TypedDocumentNode<JuryConflicts_EditionFragment> = gql`
  fragment JuryConflicts_edition on AwardEdition {
    id
    jury {
      id
      jurorAccountId
      displayName
    }
    conflicts {
      id
      jurorAccountId
      nominationId
      kind
      reason
      declaredAt
    }
    nominations(first: 100) {
      nodes {
        id
        initiative {
          id
          title
        }
      }
    }
  }
`;

JuryConflicts.fragments = { edition: JURY_CONFLICTS_FRAGMENT };
