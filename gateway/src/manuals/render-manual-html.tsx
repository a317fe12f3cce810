import { renderToStaticMarkup } from 'react-dom/server';
import { formatDate, manualLabels, type ManualLabels } from './manual-labels';
import type { Manual, ManualBestPractice, ManualChapter, ManualInitiative } from './manual.operation';
import { MANUAL_STYLES } from './manual-styles';
import { chaptersInOrder, isPrintableStory, paragraphsOf, storyTextIn, workshopLessons } from './printable-manual';

export interface RenderManualOptions {
  /** The moment of the rendering: decides whether a consent has expired. */
  now?: Date;
}

/** Text with blank lines between paragraphs as <p> elements; React escapes every character of it. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {paragraphsOf(text).map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <span key={j}>
              {j > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}

const chapterAnchor = (chapter: ManualChapter) => `chapter-${chapter.position}`;
/** Per chapter: the same best practice may be printed in two chapters, and an id names one element. */
const practiceAnchor = (chapter: ManualChapter, practice: ManualBestPractice) =>
  `${chapterAnchor(chapter)}-practice-${practice.id}`;

function place(initiative: ManualInitiative): string {
  return [initiative.city, initiative.country?.name].filter(Boolean).join(', ');
}

function Template({ initiative, labels }: { initiative: ManualInitiative; labels: ManualLabels }) {
  const fields: [string, string][] = [
    [labels.challenge, initiative.challenge],
    [labels.goals, initiative.goals],
    [labels.howItWorks, initiative.howItWorks],
    [labels.beneficiaries, initiative.beneficiaries],
    [labels.results, initiative.results],
    [labels.evaluation, initiative.evaluation],
    [labels.funding, initiative.funding],
  ];
  const filled = fields.filter(([, text]) => text.trim() !== '');
  return (
    <section className="initiative">
      <h4>{labels.aboutInitiative}</h4>
      {initiative.summary && <Paragraphs text={initiative.summary} />}
      <p className="meta">
        {labels.participants(initiative.participantsLocals, initiative.participantsMigrants, initiative.volunteers)}
      </p>
      {filled.length > 0 && (
        <dl className="template">
          {filled.map(([term, text]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>
                <Paragraphs text={text} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function Practice({
  chapter,
  practice,
  labels,
  language,
  now,
}: {
  chapter: ManualChapter;
  practice: ManualBestPractice;
  labels: ManualLabels;
  language: string;
  now: Date;
}) {
  const { initiative } = practice;
  const stories = initiative.stories.filter((story) => isPrintableStory(story, now));
  const lessons = workshopLessons(initiative.workshopOutcomes);
  const meta = [initiative.organization?.name, place(initiative), labels.nationalAward(practice.edition.title)]
    .filter(Boolean)
    .join(' · ');
  return (
    <article className="practice" id={practiceAnchor(chapter, practice)}>
      <h3>{initiative.title}</h3>
      <p className="meta">{meta}</p>
      <h4>{labels.whatWorks}</h4>
      <Paragraphs text={practice.whatWorks} />
      <h4>{labels.lessons}</h4>
      <Paragraphs text={practice.lessons} />
      <h4>{labels.transferability}</h4>
      <Paragraphs text={practice.transferability} />
      <Template initiative={initiative} labels={labels} />
      {stories.length > 0 && (
        <section className="stories">
          <h4>{labels.stories}</h4>
          {stories.map((story) => {
            const told = storyTextIn(story, language);
            return (
              <figure className="story" key={story.id} lang={told.language} data-story-id={story.id}>
                <h5>{told.title}</h5>
                <blockquote>
                  <Paragraphs text={told.summary} />
                  <Paragraphs text={told.text} />
                </blockquote>
                <figcaption>{labels.toldBy(story.storytellerName)}</figcaption>
              </figure>
            );
          })}
        </section>
      )}
      {lessons.length > 0 && (
        <section className="workshop-lessons">
          <h4>{labels.workshopLessons}</h4>
          <ul className="lessons">
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <Paragraphs text={lesson.text} />
                <cite>
                  {[
                    lesson.workshop.title,
                    `${lesson.workshop.city}, ${lesson.workshop.country.name}`,
                    formatDate(lesson.workshop.startsOn, language),
                  ].join(' · ')}
                </cite>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function ManualDocument({ manual, now }: { manual: Manual; now: Date }) {
  const labels = manualLabels(manual.language);
  const chapters = chaptersInOrder(manual);
  return (
    <html lang={manual.language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="B.E.S.T. platform" />
        <title>{manual.title}</title>
        <style>{MANUAL_STYLES}</style>
      </head>
      <body>
        <header className="cover">
          <p className="series">{labels.series}</p>
          <h1>{manual.title}</h1>
          {manual.status === 'DRAFT' && <p className="draft">{labels.draft}</p>}
          <p className="dates">
            {manual.publishedAt
              ? labels.publishedOn(formatDate(manual.publishedAt, manual.language))
              : labels.updatedOn(formatDate(manual.updatedAt, manual.language))}
          </p>
          <div className="introduction">
            <Paragraphs text={manual.introduction} />
          </div>
        </header>
        <nav className="contents" aria-labelledby="contents">
          <h2 id="contents">{labels.contents}</h2>
          <ol>
            {chapters.map((chapter) => (
              <li key={chapter.position}>
                <a href={`#${chapterAnchor(chapter)}`}>{chapter.title}</a>
                {chapter.bestPractices.length > 0 && (
                  <ol>
                    {chapter.bestPractices.map((practice) => (
                      <li key={practice.id}>
                        <a href={`#${practiceAnchor(chapter, practice)}`}>{practice.initiative.title}</a>
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        </nav>
        <main>
          {chapters.map((chapter) => (
            <section className="chapter" id={chapterAnchor(chapter)} key={chapter.position}>
              <h2>
                <span className="chapter-number">{labels.chapter(chapter.position)}</span>
                {chapter.title}
              </h2>
              <Paragraphs text={chapter.introduction} />
              {chapter.bestPractices.length === 0 ? (
                <p className="empty">{labels.emptyChapter}</p>
              ) : (
                chapter.bestPractices.map((practice) => (
                  <Practice
                    key={practice.id}
                    chapter={chapter}
                    practice={practice}
                    labels={labels}
                    language={manual.language}
                    now={now}
                  />
                ))
              )}
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}

/**
 * The manual as one self-contained HTML document: every text escaped by React, no script, no
 * external resource, the print stylesheet inline. The same document is served as HTML and printed
 * to PDF, so both always say the same.
 */
export function renderManualHtml(manual: Manual, options: RenderManualOptions = {}): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<ManualDocument manual={manual} now={options.now ?? new Date()} />)}`;
}
