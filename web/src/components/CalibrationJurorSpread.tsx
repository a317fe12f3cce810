import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { signed, standing, type EditionFigures } from '../routes/awards/calibration-view';
import { CalibrationStanding } from './CalibrationStanding';

/**
 * Each jury's jurors, anonymous and numbered from the lowest mean to the highest, with their spread
 * and their distance from their jury: a harsh or a lenient juror stands out. The server gives these
 * rows only for the editions the reader runs (admins: all); the others are named as hidden.
 */
export function CalibrationJurorSpread({ editions }: { editions: readonly EditionFigures[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const fixed = (value: number) =>
    value.toLocaleString(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const nameOf = (edition: EditionFigures) =>
    t('awards.calibration.editionName', {
      country: format.country({ code: edition.countryCode, name: edition.countryCode }),
      year: edition.year,
    });
  const hidden = editions.filter((edition) => edition.jurorSpread === null);
  return (
    <>
      {editions.map((edition) =>
        edition.jurorSpread === null ? null : (
          <div className="table-scroll" key={edition.edition.id}>
            <table className="data-table calibration-jurors" data-edition={edition.edition.id}>
              <caption>{t('awards.calibration.jurorsCaption', { edition: nameOf(edition) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('awards.calibration.juror')}</th>
                  <th scope="col" className="number">
                    {t('awards.calibration.scorecards')}
                  </th>
                  <th scope="col" className="number">
                    {t('awards.calibration.meanWeightedScore')}
                  </th>
                  <th scope="col" className="number">
                    {t('awards.calibration.standardDeviation')}
                  </th>
                  <th scope="col" className="number">
                    {t('awards.calibration.differenceFromJury')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {edition.jurorSpread.map((juror) => (
                  <tr key={juror.number}>
                    <th scope="row">{t('awards.calibration.jurorNumber', { number: juror.number })}</th>
                    <td className="number">{juror.scorecards}</td>
                    <td className="number">{fixed(juror.meanWeightedScore)}</td>
                    <td className="number">{fixed(juror.standardDeviation)}</td>
                    <td className="number">
                      {signed(juror.differenceFromJury, 1, i18n.language)}{' '}
                      <CalibrationStanding standing={standing(juror.differenceFromJury, 1)} of="jury" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {edition.jurorSpread.length === 0 && <p className="muted">{t('awards.calibration.noJurorRows')}</p>}
          </div>
        ),
      )}
      {hidden.length > 0 && (
        <p className="muted" data-testid="calibration-jurors-hidden">
          {t('awards.calibration.jurorsHidden', { editions: hidden.map(nameOf).join(', ') })}
        </p>
      )}
    </>
  );
}
