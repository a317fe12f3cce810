import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import {
  countAt,
  criterionAcross,
  levelsAcross,
  signed,
  standing,
  type EditionFigures,
} from '../routes/awards/calibration-view';
import { CalibrationStanding } from './CalibrationStanding';

interface CalibrationCriterionTableProps {
  criterion: { key: string; name: string; mean: number | null };
  editions: readonly EditionFigures[];
}

/**
 * One criterion with the editions side by side, one column each and one for all of them: the mean,
 * the spread, the difference from the mean of the editions' means, and how many scores fell on each
 * level of the scale.
 */
export function CalibrationCriterionTable({ criterion, editions }: CalibrationCriterionTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const cells = criterionAcross(editions, criterion.key);
  const levels = levelsAcross(cells);
  const fixed = (value: number | null | undefined) =>
    value == null ? '—' : value.toLocaleString(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <div className="table-scroll">
      <table className="data-table calibration-criterion" data-criterion={criterion.key}>
        <caption>{t('awards.calibration.criterionCaption', { name: criterion.name, key: criterion.key })}</caption>
        <thead>
          <tr>
            <td />
            {cells.map(({ edition }) => (
              <th scope="col" key={edition.edition.id} className="number">
                {t('awards.calibration.editionName', {
                  country: format.country({ code: edition.countryCode, name: edition.countryCode }),
                  year: edition.year,
                })}
              </th>
            ))}
            <th scope="col" className="number">
              {t('awards.calibration.allEditions')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('awards.calibration.mean')}</th>
            {cells.map(({ edition, figures }) => (
              <td key={edition.edition.id} className="number">
                {figures ? fixed(figures.mean) : t('awards.calibration.notInVersion')}
              </td>
            ))}
            <td className="number">{fixed(criterion.mean)}</td>
          </tr>
          <tr>
            <th scope="row">{t('awards.calibration.standardDeviation')}</th>
            {cells.map(({ edition, figures }) => (
              <td key={edition.edition.id} className="number">
                {fixed(figures?.standardDeviation)}
              </td>
            ))}
            <td />
          </tr>
          <tr>
            <th scope="row">{t('awards.calibration.difference')}</th>
            {cells.map(({ edition, figures }) => (
              <td key={edition.edition.id} className="number">
                {figures?.difference == null ? '—' : signed(figures.difference, 2, i18n.language)}{' '}
                <CalibrationStanding standing={standing(figures?.difference ?? null, 2)} />
              </td>
            ))}
            <td />
          </tr>
          {levels.map((level) => (
            <tr key={level}>
              <th scope="row">{t('awards.calibration.level', { level })}</th>
              {cells.map(({ edition, figures }) => (
                <td key={edition.edition.id} className="number">
                  {countAt(figures, level) ?? '—'}
                </td>
              ))}
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
