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

/**
 * Where the record stands in the network's curation, independent of the programme's own status:
 * a proposal waits for its country's coordinator, who lists or declines it; a listed initiative may
 * later be archived (taken off the map and lists, still readable where it is cited).
 */
export enum InitiativeListing {
  PROPOSED = 'PROPOSED',
  LISTED = 'LISTED',
  DECLINED = 'DECLINED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(InitiativeListing, {
  name: 'InitiativeListing',
  description: 'Where an initiative stands in the network: proposed, listed, declined or archived.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed through the public form; seen only by staff of its country until reviewed.' },
    LISTED: { description: 'On the public map and lists.' },
    DECLINED: { description: 'Reviewed and not listed; seen only by staff of its country.' },
    ARCHIVED: { description: 'Taken off the map and lists; still readable where it is cited.' },
  },
});

export enum InitiativeSort {
  RELEVANCE = 'RELEVANCE',
  TITLE = 'TITLE',
  NEWEST = 'NEWEST',
  DISTANCE = 'DISTANCE',
}
registerEnumType(InitiativeSort, {
  name: 'InitiativeSort',
  description: 'The order of an initiative list.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match for `search` first (needs `search`).' },
    TITLE: { description: 'By title, A to Z.' },
    NEWEST: { description: 'Most recently added first.' },
    DISTANCE: { description: 'Nearest to `near` first (needs `near`); initiatives without coordinates last.' },
  },
});
