import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ManualChapters_ManualFragment } from '../__generated__/graphql';

interface ManualChaptersProps {
  manual: FragmentType<ManualChapters_ManualFragment>;
}

/** A manual's introduction and its chapters in order, each with the best practices it gathers. */
export function ManualChapters({ manual }: ManualChaptersProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: MANUAL_CHAPTERS_FRAGMENT, from: manual });
  if (!complete) return null;
  return (
    <section className="panel manual-chapters" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('awards.manuals.contents')} <span className="count">{data.chapters.length}</span>
      </h2>
      {data.introduction && <p className="prose">{data.introduction}</p>}
      {data.chapters.length ? (
        <ol className="stack">
          {data.chapters.map((chapter) => (
            <li key={chapter.position}>
              <h3>{chapter.title}</h3>
              {chapter.theme && (
                <ul className="tags" aria-label={t('awards.bestPractices.themes')}>
                  <li className="tag">{chapter.theme}</li>
                </ul>
              )}
              {chapter.introduction && <p className="prose">{chapter.introduction}</p>}
              {chapter.bestPractices.length ? (
                <ul>
                  {chapter.bestPractices.map((bestPractice) => (
                    <li key={bestPractice.id}>
                      <Link to={`/awards/best-practices/${bestPractice.id}`}>{bestPractice.initiative.title}</Link>
                      {' · '}
                      {bestPractice.edition.title}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('awards.manuals.chapterEmpty')}</p>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty-state">{t('awards.manuals.noChapters')}</p>
      )}
    </section>
  );
}

const MANUAL_CHAPTERS_FRAGMENT: TypedDocumentNode<ManualChapters_ManualFragment> = gql`
  fragment ManualChapters_manual on Manual {
    id
    introduction
    chapters {
      position
      title
      introduction
      theme
      bestPractices {
        id
        initiative {
          id
          title
        }
        edition {
          id
          title
        }
      }
    }
  }
`;

ManualChapters.fragments = { manual: MANUAL_CHAPTERS_FRAGMENT };
