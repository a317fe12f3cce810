import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JurorProgressTable_EditionFragment } from '../__generated__/graphql';
import { notStarted } from '../routes/awards/JuryRules';

interface JurorProgressTableProps {
  edition: FragmentType<JurorProgressTable_EditionFragment>;
}

/** How far each juror is with scoring, in counts only: the page never shows a score before the decision. */
export function JurorProgressTable({ edition }: JurorProgressTableProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: JUROR_PROGRESS_TABLE_FRAGMENT, from: edition });
  if (!complete) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('awards.jury.progress')}</h2>
      <p className="muted">{t('awards.jury.progressIntro')}</p>
      {data.juryProgress.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('awards.jury.juror')}</th>
                <th scope="col" className="number">
                  {t('awards.jury.toScore')}
                </th>
                <th scope="col" className="number">
                  {t('awards.jury.submitted')}
                </th>
                <th scope="col" className="number">
                  {t('awards.jury.drafts')}
                </th>
                <th scope="col" className="number">
                  {t('awards.jury.notStarted')}
                </th>
                <th scope="col" className="number">
                  {t('awards.jury.conflicts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.juryProgress.map((juror) => (
                <tr key={juror.jurorAccountId}>
                  <th scope="row">{juror.displayName}</th>
                  <td className="number">{juror.toScore}</td>
                  <td className="number">{juror.submitted}</td>
                  <td className="number">{juror.drafts}</td>
                  <td className="number">{notStarted(juror)}</td>
                  <td className="number">{juror.conflicts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty-state">{t('awards.jury.noProgress')}</p>
      )}
    </section>
  );
}

const JUROR_PROGRESS_TABLE_FRAGMENT: TypedDocumentNode<JurorProgressTable_EditionFragment> = gql`
  fragment JurorProgressTable_edition on AwardEdition {
    id
    juryProgress {
      jurorAccountId
      displayName
      toScore
      submitted
      drafts
      conflicts
    }
  }
`;

JurorProgressTable.fragments = { edition: JUROR_PROGRESS_TABLE_FRAGMENT };
