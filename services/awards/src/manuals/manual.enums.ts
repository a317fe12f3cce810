import { registerEnumType } from 'type-graphql';

export enum ManualStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ManualStatus, {
  name: 'ManualStatus',
  description: 'A draft is prepared by admins and read by staff; a published manual is public and never changes.',
});
