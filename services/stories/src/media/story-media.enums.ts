import { registerEnumType } from 'type-graphql';

/** What a media item is; decided from its bytes, never from the name or type the uploader sent. */
export enum StoryMediaKind {
  PHOTO = 'PHOTO',
  VIDEO = 'VIDEO',
  AUDIO = 'AUDIO',
}
registerEnumType(StoryMediaKind, {
  name: 'StoryMediaKind',
  description: 'A photo, a video or an audio recording attached to a story.',
});
