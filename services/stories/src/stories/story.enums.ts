import { registerEnumType } from 'type-graphql';

export enum StoryKind {
  TESTIMONY = 'TESTIMONY',
  MESSAGE = 'MESSAGE',
  CASE_STORY = 'CASE_STORY',
}
registerEnumType(StoryKind, {
  name: 'StoryKind',
  valuesConfig: {
    TESTIMONY: { description: 'A person tells their own experience.' },
    MESSAGE: { description: 'A short message to the public, e.g. for a campaign.' },
    CASE_STORY: { description: 'How an initiative changed things, told by someone who took part in it.' },
  },
});

/** Who the storyteller is in the initiative; never who they are as a person. */
export enum StorytellerRole {
  MIGRANT = 'MIGRANT',
  LOCAL = 'LOCAL',
  VOLUNTEER = 'VOLUNTEER',
  HOST = 'HOST',
  STAFF = 'STAFF',
}
registerEnumType(StorytellerRole, {
  name: 'StorytellerRole',
  description: 'The part the storyteller plays in community building.',
});

/** The review workflow: draft → in review → approved → published → withdrawn or archived. */
export enum StoryStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(StoryStatus, { name: 'StoryStatus' });

/** The prejudice a story answers; campaigns pick stories by it. */
export enum StoryTheme {
  JOBS_AND_ECONOMY = 'JOBS_AND_ECONOMY',
  WELFARE = 'WELFARE',
  SAFETY = 'SAFETY',
  CULTURE_AND_RELIGION = 'CULTURE_AND_RELIGION',
  LANGUAGE_AND_INTEGRATION = 'LANGUAGE_AND_INTEGRATION',
  HOUSING = 'HOUSING',
  SCHOOLS = 'SCHOOLS',
  GENUINE_REFUGEES = 'GENUINE_REFUGEES',
}
registerEnumType(StoryTheme, {
  name: 'StoryTheme',
  description: 'The prejudice a story answers.',
  valuesConfig: {
    JOBS_AND_ECONOMY: { description: 'Answers "they take our jobs" or "they give nothing back".' },
    WELFARE: { description: 'Answers "they only come for benefits".' },
    SAFETY: { description: 'Answers "they are a danger to us".' },
    CULTURE_AND_RELIGION: { description: 'Answers "their culture or religion does not fit here".' },
    LANGUAGE_AND_INTEGRATION: { description: 'Answers "they do not want to learn the language or integrate".' },
    HOUSING: { description: 'Answers "there is no room for them" or "they take our homes".' },
    SCHOOLS: { description: 'Answers "their children hold ours back at school".' },
    GENUINE_REFUGEES: { description: 'Answers "they are not real refugees".' },
  },
});

/**
 * What puts a storyteller at risk if the story reaches the wrong people. Any flag (and a minor
 * storyteller always) forces anonymity, no image showing the storyteller and a second reviewer before
 * publication (src/stories/story-risk.ts).
 */
export enum StorytellerRiskFlag {
  ASYLUM_CLAIM_ONGOING = 'ASYLUM_CLAIM_ONGOING',
  FAMILY_IN_COUNTRY_OF_ORIGIN = 'FAMILY_IN_COUNTRY_OF_ORIGIN',
  MINOR = 'MINOR',
}
registerEnumType(StorytellerRiskFlag, {
  name: 'StorytellerRiskFlag',
  description: 'What puts the storyteller at risk if the story is seen by the wrong people.',
  valuesConfig: {
    ASYLUM_CLAIM_ONGOING: { description: 'Their asylum claim is still being decided.' },
    FAMILY_IN_COUNTRY_OF_ORIGIN: { description: 'Family members still live in the country they left.' },
    MINOR: { description: 'The storyteller is under 18 (set automatically for a minor).' },
  },
});
