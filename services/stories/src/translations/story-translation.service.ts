import { In } from 'typeorm';
import { badUserInput, isUniqueViolation, notFound, recordAudit, isLanguageCode } from '@best/kit';
import type { StoriesContext } from '../context';
import type { Story } from '../stories/story.entity';
import { storyToChange, versionConflict } from '../stories/story-editing.service';
import { assertMayWrite } from '../stories/story.access';
import { StoryTranslation } from './story-translation.entity';
import type { RemoveStoryTranslationInput, SaveStoryTranslationInput, StoryText } from './story-translation.input';

type DataSourceOnly = Pick<StoriesContext, 'dataSource'>;

/**
 * Translations of a story, kept by the staff who may change it (admins, the coordinator of its
 * country, the recording organisation; tokens with WRITE). Anyone who may see a story sees its
 * translations. Saving a translation does not change the story's status or version: it is the same
 * story in another language, and it disappears with the story (withdrawal, erasure).
 */
export class StoryTranslationService {
  constructor(private readonly ctx: StoriesContext) {}

  /** The story's translations, by language (one statement for every story of the request). */
  translations(story: Story): Promise<StoryTranslation[]> {
    return this.ctx.loaders.translationsByStoryId.load(story.id);
  }

  /** The original's language first, then those of its translations. */
  async availableLanguages(story: Story): Promise<string[]> {
    return [story.language, ...(await this.translations(story)).map((t) => t.language)];
  }

  /** The story in `language` when a translation exists, otherwise as it was told. */
  async localized(story: Story, language: string): Promise<StoryText> {
    const wanted = language.trim().toLowerCase();
    if (!isLanguageCode(wanted)) {
      throw badUserInput('A language is a two-letter ISO 639-1 code such as fr.', [
        { field: 'language', message: 'must be a two-letter ISO 639-1 language code such as en or fr' },
      ]);
    }
    const translation =
      wanted === story.language ? undefined : (await this.translations(story)).find((t) => t.language === wanted);
    const source = translation ?? story;
    return {
      language: source.language,
      title: source.title,
      summary: source.summary,
      text: source.text,
      isTranslation: translation != null,
    };
  }

  /**
   * Adds a translation (expectedVersion null) or changes one (its version as last read). A language
   * already translated, or a translation changed meanwhile, is a CONFLICT with both versions.
   */
  async save(input: SaveStoryTranslationInput): Promise<{ story: Story; translation: StoryTranslation }> {
    assertMayWrite(this.ctx.viewer, 'translate a story');
    const language = input.language;
    const saved = await this.ctx.dataSource
      .transaction(async (tx) => {
        const story = await storyToChange(this.ctx, tx, input.storyId);
        if (language === story.language) {
          throw badUserInput(`The story is told in "${language}": change the story itself instead.`, [
            { field: 'language', message: 'is the language the story is told in' },
          ]);
        }
        const repository = tx.getRepository(StoryTranslation);
        const existing = await repository.findOne({
          where: { storyId: story.id, language },
          lock: { mode: 'pessimistic_write' },
        });
        const fields = { title: input.title.trim(), summary: input.summary?.trim() ?? '', text: input.text.trim() };
        let translation: StoryTranslation;
        if (input.expectedVersion == null) {
          if (existing) {
            throw versionConflict(
              `"${language}" translation`,
              existing.version,
              0,
              `The story already has a "${language}" translation (version ${existing.version}): reload it and change that one.`,
            );
          }
          translation = await repository.save(repository.create({ storyId: story.id, language, ...fields }));
        } else {
          if (!existing) {
            throw notFound(`The "${language}" translation of story`, story.id);
          }
          if (existing.version !== input.expectedVersion) {
            throw versionConflict(`"${language}" translation`, existing.version, input.expectedVersion);
          }
          translation = await repository.save(Object.assign(existing, fields));
        }
        await recordAudit(
          this.ctx,
          {
            action: 'STORY_TRANSLATION_SAVED',
            subjectType: 'Story',
            subjectId: story.id,
            details: { language, version: translation.version },
          },
          tx,
        );
        return { story, translation };
      })
      .catch((error: unknown) => {
        // Two people adding the same language at once: the second learns it exists now.
        if (isUniqueViolation(error, 'story_translation_one_per_language')) {
          throw versionConflict(`"${language}" translation`, 1, 0);
        }
        throw error;
      });
    this.ctx.loaders.translationsByStoryId.clear(saved.story.id);
    return saved;
  }

  async remove(input: RemoveStoryTranslationInput): Promise<{ story: Story }> {
    assertMayWrite(this.ctx.viewer, 'remove a translation');
    const story = await this.ctx.dataSource.transaction(async (tx) => {
      const story = await storyToChange(this.ctx, tx, input.storyId);
      const result = await tx.getRepository(StoryTranslation).delete({ storyId: story.id, language: input.language });
      if (!result.affected) throw notFound(`The "${input.language}" translation of story`, story.id);
      await recordAudit(
        this.ctx,
        {
          action: 'STORY_TRANSLATION_REMOVED',
          subjectType: 'Story',
          subjectId: story.id,
          details: { language: input.language },
        },
        tx,
      );
      return story;
    });
    this.ctx.loaders.translationsByStoryId.clear(story.id);
    return { story };
  }

  /** The translations of many stories in one statement, by language. */
  static loadForStories(ctx: DataSourceOnly, storyIds: readonly string[]): Promise<StoryTranslation[]> {
    if (storyIds.length === 0) return Promise.resolve([]);
    return ctx.dataSource.getRepository(StoryTranslation).find({
      where: { storyId: In([...storyIds]) },
      order: { language: 'ASC' },
    });
  }
}
