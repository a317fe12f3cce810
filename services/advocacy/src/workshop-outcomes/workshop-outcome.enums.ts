import { registerEnumType } from 'type-graphql';

export enum WorkshopOutcomeKind {
  LESSON_LEARNED = 'LESSON_LEARNED',
  RECOMMENDATION = 'RECOMMENDATION',
  COMMITMENT = 'COMMITMENT',
  ADVOCACY_MESSAGE = 'ADVOCACY_MESSAGE',
}
registerEnumType(WorkshopOutcomeKind, { name: 'WorkshopOutcomeKind', description: 'What a workshop produced.' });

export enum FollowUpStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus', description: 'Where the follow-up of an outcome stands.' });
