import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RankingColumn } from '../routes/awards/ResultsRankings';

/** One nomination's results as the organisers read them (scores and counts). */
export interface ResultRow {
  nominationId: string;
  title: string;
  rawRank: number | null;
  normalisedRank: number | null;
  rawScore: number | null;
  normalisedScore: number | null;
  submittedScorecards: number | null;
  missingScorecards: number | null;
  outcome: string | null;
}

interface ResultsRankingTableProps {
  caption: string;
  column: RankingColumn<ResultRow>;
  /** Which score the table shows beside the rank. */
  score: 'raw' | 'normalised';
}

/** One of the two rankings: rank (with ties marked), nomination, score, scorecards in and missing, outcome. */
export function ResultsRankingTable({ caption, column, score }: ResultsRankingTableProps) {
  const { t, i18n } = useTranslation();
  const format = (value: number | null, digits: number) =>
    value === null
      ? '—'
      : value.toLocaleString(i18n.language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (
    <div className="table-scroll">
      <table className="data-table results-ranking" data-ranking={score}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('awards.results.rank')}
            </th>
            <th scope="col">{t('awards.results.nomination')}</th>
            <th scope="col" className="number">
              {score === 'raw' ? t('awards.results.rawScore') : t('awards.results.normalisedScore')}
            </th>
            <th scope="col" className="number">
              {t('awards.results.scorecards')}
            </th>
            <th scope="col">{t('awards.results.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {column.rows.map(({ row, rank, tied }) => (
            <tr key={row.nominationId}>
              <td className="number">
                {rank ?? '—'}
                {tied && <span className="badge badge--warning">{t('awards.results.tied')}</span>}
              </td>
              <th scope="row">
                <Link to={`/awards/nominations/${row.nominationId}`}>{row.title}</Link>
              </th>
              <td className="number">{score === 'raw' ? format(row.rawScore, 1) : format(row.normalisedScore, 2)}</td>
              <td className="number">
                {row.submittedScorecards ?? 0}
                {(row.missingScorecards ?? 0) > 0 && (
                  <span className="badge badge--warning">
                    {t('awards.results.missing', { count: row.missingScorecards ?? 0 })}
                  </span>
                )}
              </td>
              <td>{row.outcome ? t(`enums.AwardOutcome.${row.outcome as 'WINNER'}`) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
