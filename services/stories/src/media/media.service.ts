import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { In } from 'typeorm';
import {
  badUserInput,
  conflict,
  forbidden,
  isSafeText,
  notFound,
  recordAudit,
  type FieldProblem,
  isUuid,
} from '@best/kit';
import type { StoriesContext } from '../context';
import { Consent } from '../consents/consent.entity';
import { isAtRisk } from '../stories/story-risk';
import type { Story } from '../stories/story.entity';
import { StoryService } from '../stories/story.service';
import { assertMayWrite, mayChangeStory } from '../stories/story.access';
import { mediaStorage } from './configured-storage';
import { deleteStoredFiles } from './media.erasure';
import { newStorageKey, type ByteRange } from './media-storage';
import type { ReceivedUpload } from './media-upload';
import { stripAudioVideoMetadata } from './av-processing';
import { reencodeImage } from './image-processing';
import { StoryMediaKind } from './story-media.enums';
import { StoryMedia } from './story-media.entity';
import { unsupportedMediaType } from './media-types';

/** The longest caption and alt text accepted. */
export const MAX_CAPTION = 1_000;
export const MAX_ALT_TEXT = 1_000;

type DataSourceOnly = Pick<StoriesContext, 'dataSource'>;

/**
 * Whether a media item is withheld from everyone right now: it shows the storyteller and either the
 * story is at risk (story-risk.ts: never an image of an at-risk storyteller) or the current consent
 * does not allow images. Applied to every kind: a video or a voice recording can show who they are.
 */
export function isWithheld(
  media: Pick<StoryMedia, 'showsStoryteller'>,
  story: { riskFlags: readonly string[]; isMinor: boolean },
  consent: Pick<Consent, 'mayShowImage'> | null | undefined,
): boolean {
  if (!media.showsStoryteller) return false;
  return isAtRisk(story) || !consent?.mayShowImage;
}

/** The path the gateway serves a media item at. */
export const mediaUrl = (id: string) => `/media/${id}`;

const refuseChange = () =>
  forbidden(
    "Only admins, the coordinator of the story's country and the organisation that recorded it may change its media.",
  );

/** A mutation's text fields, checked the way every input is. */
function textProblems(
  kind: StoryMediaKind,
  fields: { caption?: string | null; altText?: string | null },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const photo = kind === StoryMediaKind.PHOTO;
  if (fields.caption != null && !isSafeText(fields.caption, MAX_CAPTION, photo ? 1 : 0)) {
    problems.push({
      field: 'caption',
      message: photo
        ? `A photo needs a caption (1 to ${MAX_CAPTION} characters).`
        : `The caption may be at most ${MAX_CAPTION} characters.`,
    });
  }
  if (fields.altText != null && !isSafeText(fields.altText, MAX_ALT_TEXT, photo ? 1 : 0)) {
    problems.push({
      field: 'altText',
      message: photo
        ? `A photo needs alt text describing it for people who cannot see it (1 to ${MAX_ALT_TEXT} characters).`
        : `The alt text may be at most ${MAX_ALT_TEXT} characters.`,
    });
  }
  return problems;
}

function parseBoolean(value: string | undefined): boolean | 'invalid' {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1' || value === 'on') return true;
  return 'invalid';
}

export class MediaService {
  constructor(private readonly ctx: StoriesContext) {}

  /**
   * The story a caller wants to add media to, checked before a byte of the upload is read:
   * UNAUTHENTICATED for the public, FORBIDDEN without WRITE or without the right to change it,
   * NOT_FOUND when the caller cannot see it (an unknown and a hidden story look the same).
   */
  async storyToChange(storyId: string): Promise<Story> {
    assertMayWrite(this.ctx.viewer, 'change the media of a story');
    const [story] = await StoryService.loadVisible(this.ctx, [storyId]);
    if (!story) throw notFound('Story', storyId);
    if (!mayChangeStory(this.ctx.viewer, story)) throw refuseChange();
    return story;
  }

  /** Stores an upload received for `story` (photos re-encoded, video and audio remuxed, both without metadata) and records it. */
  async attach(story: Story, upload: ReceivedUpload): Promise<StoryMedia> {
    const { detected, fields } = upload;
    const caption = (fields.caption ?? '').trim();
    const altText = (fields.altText ?? '').trim();
    const showsStoryteller = parseBoolean(fields.showsStoryteller?.trim());
    const problems = textProblems(detected.kind, { caption, altText });
    if (showsStoryteller === 'invalid') {
      problems.push({ field: 'showsStoryteller', message: 'must be "true" or "false"' });
    }
    if (problems.length) throw badUserInput(problems[0].message, problems);

    let file = upload.path;
    let contentType = detected.contentType;
    let byteSize = upload.byteSize;
    let width: number | null = null;
    let height: number | null = null;
    if (detected.kind === StoryMediaKind.PHOTO) {
      file = join(upload.dir, 'reencoded');
      try {
        ({ contentType, byteSize, width, height } = await reencodeImage(upload.path, file));
      } catch (error) {
        this.ctx.logger.info({ err: error }, 'an uploaded image could not be decoded');
        throw unsupportedMediaType();
      }
    } else {
      file = join(upload.dir, 'without-metadata');
      ({ byteSize } = await stripAudioVideoMetadata(upload.path, file, contentType));
    }

    const storage = mediaStorage();
    const storageKey = newStorageKey();
    await storage.put(storageKey, file, contentType);
    try {
      return await this.ctx.dataSource.transaction(async (tx) => {
        const repository = tx.getRepository(StoryMedia);
        const media = await repository.save(
          Object.assign(new StoryMedia(), {
            id: randomUUID(),
            storyId: story.id,
            kind: detected.kind,
            contentType,
            byteSize,
            width,
            height,
            caption,
            altText,
            showsStoryteller: showsStoryteller === true,
            storageKey,
            createdBy: this.ctx.viewer.displayName,
          }),
        );
        await recordAudit(
          this.ctx,
          {
            action: 'STORY_MEDIA_ADDED',
            subjectType: 'StoryMedia',
            subjectId: media.id,
            details: { storyId: story.id, kind: media.kind, byteSize },
          },
          tx,
        );
        return media;
      });
    } catch (error) {
      await deleteStoredFiles([storageKey]);
      throw error;
    }
  }

  /**
   * A media item and its bytes, for the caller, checked on every request: the story must be
   * visible to them (onlyVisibleStories: consent current, scope, status) and an item showing the
   * storyteller needs a consent allowing images and a story not at risk.
   */
  async open(mediaId: string, range?: (byteSize: number) => ByteRange | null) {
    const media = isUuid(mediaId)
      ? await this.ctx.dataSource.getRepository(StoryMedia).findOneBy({ id: mediaId })
      : null;
    if (!media) throw notFound('Media', mediaId);
    const [story] = await StoryService.loadVisible(this.ctx, [media.storyId]);
    if (!story) throw notFound('Media', mediaId);
    const [consent] = await ConsentServiceLite.current(this.ctx, [story.id]);
    if (isWithheld(media, story, consent)) {
      throw forbidden(
        isAtRisk(story)
          ? 'This item shows a storyteller at risk: it is never shown.'
          : "The storyteller's consent does not allow showing images of them.",
      );
    }
    const part = range?.(media.byteSize) ?? undefined;
    const stored = await mediaStorage().get(media.storageKey, part);
    if (!stored) {
      this.ctx.logger.error({ mediaId: media.id }, 'a media item has no stored file');
      throw notFound('Media', mediaId);
    }
    return { media, story, range: part, ...stored };
  }

  /** The media a caller may change, with its story: refusals as for uploads; an unseen story is NOT_FOUND. */
  private async mediaToChange(mediaId: string): Promise<{ media: StoryMedia; story: Story }> {
    assertMayWrite(this.ctx.viewer, 'change the media of a story');
    const media = isUuid(mediaId)
      ? await this.ctx.dataSource.getRepository(StoryMedia).findOneBy({ id: mediaId })
      : null;
    if (!media) throw notFound('Media', mediaId);
    const [story] = await StoryService.loadVisible(this.ctx, [media.storyId]);
    if (!story) throw notFound('Media', mediaId);
    if (!mayChangeStory(this.ctx.viewer, story)) throw refuseChange();
    return { media, story };
  }

  async update(input: {
    mediaId: string;
    expectedVersion: number;
    caption?: string | null;
    altText?: string | null;
    showsStoryteller?: boolean | null;
  }): Promise<{ media: StoryMedia; story: Story }> {
    const { media, story } = await this.mediaToChange(input.mediaId);
    const problems = textProblems(media.kind, { caption: input.caption, altText: input.altText });
    if (problems.length) throw badUserInput(problems[0].message, problems);
    const changes: Partial<StoryMedia> = {};
    if (input.caption != null) changes.caption = input.caption.trim();
    if (input.altText != null) changes.altText = input.altText.trim();
    if (input.showsStoryteller != null) changes.showsStoryteller = input.showsStoryteller;
    const conflictError = (current: number) => {
      const error = conflict(
        `Someone else changed this media item after you opened it (you edited version ${input.expectedVersion}; ` +
          `it is now at version ${current}). Reload it to see their changes, then make yours again.`,
      );
      Object.assign(error.extensions, { currentVersion: current, expectedVersion: input.expectedVersion });
      return error;
    };
    if (media.version !== input.expectedVersion) throw conflictError(media.version);
    return this.ctx.dataSource.transaction(async (tx) => {
      const result = await tx
        .createQueryBuilder()
        .update(StoryMedia)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: media.id, version: input.expectedVersion })
        .execute();
      if (!result.affected) throw conflictError(media.version + 1);
      await recordAudit(
        this.ctx,
        {
          action: 'STORY_MEDIA_UPDATED',
          subjectType: 'StoryMedia',
          subjectId: media.id,
          details: { storyId: story.id, fields: Object.keys(changes) },
        },
        tx,
      );
      const updated = await tx.getRepository(StoryMedia).findOneByOrFail({ id: media.id });
      return { media: updated, story };
    });
  }

  /** Deletes a media item and, once that is committed, its stored file. */
  async remove(mediaId: string): Promise<{ story: Story; removedMediaId: string }> {
    const { media, story } = await this.mediaToChange(mediaId);
    await this.ctx.dataSource.transaction(async (tx) => {
      await tx.getRepository(StoryMedia).delete({ id: media.id });
      await recordAudit(
        this.ctx,
        {
          action: 'STORY_MEDIA_REMOVED',
          subjectType: 'StoryMedia',
          subjectId: media.id,
          details: { storyId: story.id, kind: media.kind },
        },
        tx,
      );
    });
    await deleteStoredFiles([media.storageKey]);
    return { story, removedMediaId: media.id };
  }

  /** The media of stories already read under the caller's rules: one statement for the whole batch. */
  static loadForStories(ctx: DataSourceOnly, storyIds: readonly string[]): Promise<StoryMedia[]> {
    const valid = storyIds.filter((id) => isUuid(id));
    if (!valid.length) return Promise.resolve([]);
    return ctx.dataSource
      .getRepository(StoryMedia)
      .find({ where: { storyId: In(valid) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}

/** The current consent of stories (one statement), for the serving check outside GraphQL. */
const ConsentServiceLite = {
  current: async (ctx: DataSourceOnly, storyIds: string[]): Promise<(Consent | undefined)[]> => {
    const found = await ctx.dataSource
      .getRepository(Consent)
      .createQueryBuilder('consent')
      .where('consent.story_id IN (:...ids) AND consent.superseded_at IS NULL', { ids: storyIds })
      .getMany();
    return storyIds.map((id) => found.find((c) => c.storyId === id));
  },
};
