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
