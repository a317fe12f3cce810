import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FragmentType } from '@apollo/client/masking';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StoryText_StoryFragment } from '../__generated__/graphql';
import { useFormat } from '../i18n/format';

interface StoryTextProps {
  story: FragmentType<StoryText_StoryFragment>;
  /** The language the text was asked in (the route query's `$language`). */
  language: string;
  /** Asks for the text in another of the story's languages. */
  onLanguageChange: (language: string) => void;
}

/**
 * The story itself: its title, who tells it, the facts about it, and its text in one of its
 * languages (the original or a translation), with a switch between them.
 */
export function StoryText({ story, language, onLanguageChange }: StoryTextProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const textId = useId();
  const switchId = useId();
  const { data, complete } = useFragment({ fragment: STORY_TEXT_FRAGMENT, from: story, variables: { language } });
  if (!complete) return null;
  const text = data.localized;
  return (
    <>
      <header className="initiative-header">
        <p className="eyebrow">{t(`enums.StoryKind.${data.kind}`)}</p>
        <h1 lang={text.language}>{text.title}</h1>
        <p className="initiative-header__summary" lang={text.language}>
          {text.summary}
        </p>
        <dl className="initiative-header__meta">
          <div>
            <dt>{t('story.storyteller')}</dt>
            <dd>
              {t('stories.storyteller', {
                name: data.storytellerName,
                role: t(`enums.StorytellerRole.${data.storytellerRole}`),
              })}
              {data.isMinor && <> · {t('story.minor')}</>}
            </dd>
          </div>
          <div>
            <dt>{t('initiatives.countryLabel')}</dt>
            <dd>{format.country(data.country)}</dd>
          </div>
          <div>
            <dt>{t('story.language')}</dt>
            <dd>{format.language(data.language)}</dd>
          </div>
          {data.initiative && (
            <div>
              <dt>{t('story.initiative')}</dt>
              <dd>
                <Link to={`/initiatives/${data.initiative.id}`}>{data.initiative.title}</Link>
              </dd>
            </div>
          )}
          {data.publishedAt && (
            <div>
              <dt>{t('story.publishedAt')}</dt>
              <dd>{format.date(data.publishedAt)}</dd>
            </div>
          )}
        </dl>
      </header>
      <section className="panel" aria-labelledby={textId}>
        <h2 id={textId}>{t('story.text')}</h2>
        {data.availableLanguages.length > 1 && (
          <div className="field story-language">
            <label htmlFor={switchId}>{t('story.readIn')}</label>
            <select id={switchId} value={text.language} onChange={(event) => onLanguageChange(event.target.value)}>
              {data.availableLanguages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {format.language(code)}
                </option>
              ))}
            </select>
          </div>
        )}
        {text.isTranslation && (
          <p className="muted">{t('story.translationNote', { language: format.language(data.language) })}</p>
        )}
        <div className="story-text" lang={text.language} data-testid="story-text">
          {text.text.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
        {data.themes.length > 0 && (
          <>
            <h3>{t('story.themes')}</h3>
            <ul className="tags" aria-label={t('story.themes')}>
              {data.themes.map((theme) => (
                <li key={theme} className="tag">
                  {t(`enums.StoryTheme.${theme}`)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

const STORY_TEXT_FRAGMENT: TypedDocumentNode<StoryText_StoryFragment> = gql`
  fragment StoryText_story on Story {
    id
    language
    availableLanguages
    localized(language: $language) {
      language
      title
      summary
      text
      isTranslation
    }
    kind
    storytellerName
    storytellerRole
    isMinor
    themes
    publishedAt
    country {
      code
      name
    }
    initiative {
      id
      title
    }
  }
`;

StoryText.fragments = { story: STORY_TEXT_FRAGMENT };
