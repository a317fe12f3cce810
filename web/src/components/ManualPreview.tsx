import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ManualPreviewProps {
  manualId: string;
  /** The manual's version: a new one (after a save) loads the rendering again. */
  version: number;
  title: string;
}

/**
 * The gateway's own rendering of the manual (`/manuals/<id>.html`, forwarded on this origin with the
 * session cookie, so a draft renders for those who may read it), the link to open it on its own and
 * the PDF printed from the same HTML.
 */
export function ManualPreview({ manualId, version, title }: ManualPreviewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const html = `/manuals/${manualId}.html`;
  return (
    <section className="panel manual-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('awards.manuals.previewTitle')}</h2>
      <p className="actions">
        <a className="button button--secondary" href={html} target="_blank" rel="noopener">
          {t('awards.manuals.openHtml')}
        </a>
        <a className="button button--secondary" href={`/manuals/${manualId}.pdf`} download>
          {t('awards.manuals.downloadPdf')}
        </a>
      </p>
      <iframe
        key={version}
        className="manual-preview__frame"
        src={html}
        title={t('awards.manuals.previewFrame', { title })}
        sandbox=""
        loading="lazy"
        // An A4 page's width, and most of a screen's height: the printable page scrolls inside.
        style={{ width: '100%', maxWidth: '52rem', height: '70vh', border: '1px solid #ccc', background: '#fff' }}
      />
    </section>
  );
}
