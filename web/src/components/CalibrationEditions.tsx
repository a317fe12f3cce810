import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/format';
import { signed, standing, type EditionFigures } from '../routes/awards/calibration-view';
import { CalibrationStanding } from './CalibrationStanding';

interface CalibrationEditionsProps {
  editions: readonly EditionFigures[];
  /** Mean of the editions' mean weighted scores. */
  meanWeightedScore: number | null;
}

/** The editions compared, one row each: jury, scorecards, mean weighted score and its distance from the others. */
export function CalibrationEditions({ editions, meanWeightedScore }: CalibrationEditionsProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const fixed = (value: number | null) =>
    value === null ? '—' : value.toLocaleString(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div className="table-scroll">
      <table className="data-table calibration-editions">
        <caption>{t('awards.calibration.editionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('awards.calibration.edition')}</th>
            <th scope="col">{t('awards.calibration.phase')}</th>
            <th scope="col" className="number">
              {t('awards.calibration.guidelineVersion')}
            </th>
            <th scope="col" className="number">
              {t('awards.calibration.jurors')}
            </th>
            <th scope="col" className="number">
              {t('awards.calibration.scorecards')}
            </th>
            <th scope="col" className="number">
              {t('awards.calibration.meanWeightedScore')}
            </th>
            <th scope="col" className="number">
              {t('awards.calibration.difference')}
            </th>
          </tr>
        </thead>
        <tbody>
          {editions.map((row) => (
            <tr key={row.edition.id} data-edition={row.edition.id}>
              <th scope="row">
                <Link to={`/awards/editions/${row.edition.id}`}>
                  {t('awards.calibration.editionName', {
                    country: format.country({ code: row.countryCode, name: row.countryCode }),
                    year: row.year,
                  })}
                </Link>
              </th>
              <td>{t(`enums.AwardEditionPhase.${row.phase as 'DECIDED'}`)}</td>
              <td className="number">{row.guidelineVersion}</td>
              <td className="number">{row.jurors}</td>
              <td className="number">{row.submittedScorecards}</td>
              <td className="number">{fixed(row.meanWeightedScore)}</td>
              <td className="number">
                {row.weightedScoreDifference === null ? '—' : signed(row.weightedScoreDifference, 1, i18n.language)}{' '}
                <CalibrationStanding standing={standing(row.weightedScoreDifference, 1)} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t('awards.calibration.allEditions')}
            </th>
            <td className="number">{fixed(meanWeightedScore)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
