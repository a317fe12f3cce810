import { useTranslation } from 'react-i18next';
import { isWebLink } from '../routes/awards/award-rules';

/** A nomination's evidence: web addresses as links (opened in a new tab), anything else as text. */
export function EvidenceLinks({ evidence }: { evidence: readonly string[] }) {
  const { t } = useTranslation();
  if (!evidence.length) return <p className="muted">{t('awards.nomination.noEvidence')}</p>;
  return (
    <ul className="stack evidence-links">
      {evidence.map((item, index) => (
        <li key={`${index}:${item}`}>
          {isWebLink(item) ? (
            <a href={item} target="_blank" rel="noopener noreferrer">
              {item}
            </a>
          ) : (
            item
          )}
        </li>
      ))}
    </ul>
  );
}
