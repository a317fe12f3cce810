import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicationTable_PublicationsFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface PublicationTableProps {
  publications: FragmentType<PublicationTable_PublicationsFragment>[];
  /** The table's accessible name. */
  caption: string;
  /** Keeps the caption for screen readers only (when a heading above already says it). */
  captionHidden?: boolean;
  /** Whether to name each publication's story (off on the story's own page). */
  showStory?: boolean;
  /** Something to offer on each row (e.g. "mark taken down"), by publication id. */
  action?: (publicationId: string) => ReactNode;
}

/** Where stories appeared: channel, date, link, reach, campaign, and whether it was taken down. */
export function PublicationTable({ publications, caption, captionHidden, showStory, action }: PublicationTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useFragment({ fragment: PUBLICATION_TABLE_FRAGMENT, from: publications });
  const rows = data.flatMap((publication) => (publication?.id ? [{ ...publication, id: publication.id }] : []));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {showStory && <th scope="col">{t('publications.story')}</th>}
            <th scope="col">{t('publications.channel')}</th>
            <th scope="col">{t('publications.publishedAt')}</th>
            <th scope="col" className="number">
              {t('publications.views')}
            </th>
            <th scope="col" className="number">
              {t('publications.shares')}
            </th>
            <th scope="col">{t('publications.campaign')}</th>
            <th scope="col">{t('publications.state')}</th>
            {action && <th scope="col">{t('publications.action')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((publication) => (
            <tr key={publication.id}>
              {showStory && (
                <td>
                  {publication.story ? (
                    <Link to={`/stories/${publication.story.id}`}>{publication.story.title}</Link>
                  ) : (
                    <span className="muted">{t('publications.storyHidden')}</span>
                  )}
                </td>
              )}
              <td>
                {publication.url ? (
                  <a href={publication.url} rel="noopener noreferrer" target="_blank">
                    {t(`enums.ConsentChannel.${publication.channel!}`)}
                  </a>
                ) : (
                  t(`enums.ConsentChannel.${publication.channel!}`)
                )}
              </td>
              <td>{format.date(publication.publishedAt!)}</td>
              <td className="number">{format.number(publication.views!)}</td>
              <td className="number">{format.number(publication.shares!)}</td>
              <td>{publication.campaign?.name ?? '—'}</td>
              <td>
                {publication.takenDownAt
                  ? t('publications.takenDownOn', { date: format.date(publication.takenDownAt) })
                  : t('publications.online')}
                {publication.takedownNote && <div className="muted">{publication.takedownNote}</div>}
              </td>
              {action && <td>{action(publication.id)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const PUBLICATION_TABLE_FRAGMENT: TypedDocumentNode<PublicationTable_PublicationsFragment> = gql`
  fragment PublicationTable_publications on Publication {
    id
    channel
    url
    publishedAt
    views
    shares
    takenDownAt
    takedownNote
    campaign {
      id
      name
    }
    story {
      id
      title
    }
  }
`;

PublicationTable.fragments = { publications: PUBLICATION_TABLE_FRAGMENT };
