import { registerEnumType } from 'type-graphql';

export enum TargetGroup {
  FAMILIES = 'FAMILIES',
  UNIVERSITY_STUDENTS = 'UNIVERSITY_STUDENTS',
  SCHOOL_PUPILS = 'SCHOOL_PUPILS',
  ELDERLY_PEOPLE = 'ELDERLY_PEOPLE',
  PARISHIONERS = 'PARISHIONERS',
  NEIGHBOURS = 'NEIGHBOURS',
  OTHER = 'OTHER',
}
registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  description: 'Who an initiative brings together with forced migrants.',
});

/** Ways of bringing people together. */
export enum Activity {
  ACCOMMODATION = 'ACCOMMODATION',
  SPORTS = 'SPORTS',
  RECREATION = 'RECREATION',
  EDUCATION = 'EDUCATION',
  CULTURE = 'CULTURE',
  LANGUAGE_EXCHANGE = 'LANGUAGE_EXCHANGE',
  MENTORING = 'MENTORING',
  OTHER = 'OTHER',
}
registerEnumType(Activity, { name: 'Activity', description: 'A way of bringing locals and forced migrants together.' });

export enum InitiativeStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus' });
