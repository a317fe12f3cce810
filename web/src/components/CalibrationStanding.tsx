import { useTranslation } from 'react-i18next';
import type { Standing } from '../routes/awards/calibration-view';

/** The word beside a difference: above, below or in line with the other editions (or the jury). */
export function CalibrationStanding({
  standing,
  of = 'editions',
}: {
  standing: Standing | null;
  of?: 'editions' | 'jury';
}) {
  const { t } = useTranslation();
  if (standing === null) return null;
  const text = t(`awards.calibration.standing.${of}.${standing}`);
  return standing === 'IN_LINE' ? (
    <span className="muted">{text}</span>
  ) : (
    <span className="badge badge--warning">{text}</span>
  );
}
