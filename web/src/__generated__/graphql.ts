/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** A way of bringing locals and forced migrants together. */
export type Activity =
  | 'ACCOMMODATION'
  | 'CULTURE'
  | 'EDUCATION'
  | 'LANGUAGE_EXCHANGE'
  | 'MENTORING'
  | 'OTHER'
  | 'RECREATION'
  | 'SPORTS';

/** Where the follow-up of an outcome stands. */
export type FollowUpStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'OPEN';

export type InitiativeStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED';

/** Where a nomination stands: submitted, checked for eligibility, shortlisted, then decided. */
export type NominationStatus =
  | 'ELIGIBLE'
  | 'FINALIST'
  | 'INELIGIBLE'
  | 'NOT_SELECTED'
  | 'SHORTLISTED'
  | 'SUBMITTED'
  | 'WINNER';

/** What an account may do; see docs/access-rules.md. */
export type Role =
  /** European coordination: everything. */
  | 'ADMIN'
  /** A juror of the award editions they are assigned to. */
  | 'JUROR'
  /** Staff of one country: that country's network, award, stories, workshops. */
  | 'NATIONAL_COORDINATOR'
  /** A member of one organisation. */
  | 'ORGANIZATION_MEMBER'
  /** Reads what the network may read; changes nothing. */
  | 'VIEWER';

export type StoryKind =
  /** How an initiative changed things, told by someone who took part in it. */
  | 'CASE_STORY'
  /** A short message to the public, e.g. for a campaign. */
  | 'MESSAGE'
  /** A person tells their own experience. */
  | 'TESTIMONY';

/** The part the storyteller plays in community building. */
export type StorytellerRole =
  | 'HOST'
  | 'LOCAL'
  | 'MIGRANT'
  | 'STAFF'
  | 'VOLUNTEER';

/** Who an initiative brings together with forced migrants. */
export type TargetGroup =
  | 'ELDERLY_PEOPLE'
  | 'FAMILIES'
  | 'NEIGHBOURS'
  | 'OTHER'
  | 'PARISHIONERS'
  | 'SCHOOL_PUPILS'
  | 'UNIVERSITY_STUDENTS';

/** What a workshop produced. */
export type WorkshopOutcomeKind =
  | 'ADVOCACY_MESSAGE'
  | 'COMMITMENT'
  | 'LESSON_LEARNED'
  | 'RECOMMENDATION';

export type CountryFilter_CountriesFragment = { __typename: 'Country', code: string, name: string } & { ' $fragmentName'?: 'CountryFilter_CountriesFragment' };

export type InitiativeCard_InitiativeFragment = { __typename: 'Initiative', id: string, title: string, summary: string, city: string | null, targetGroups: Array<TargetGroup>, country: { __typename: 'Country', code: string, name: string } | null, organization: { __typename: 'Organization', id: string, name: string } | null } & { ' $fragmentName'?: 'InitiativeCard_InitiativeFragment' };

export type InitiativeDescription_InitiativeFragment = { __typename: 'Initiative', id: string, description: string } & { ' $fragmentName'?: 'InitiativeDescription_InitiativeFragment' };

export type InitiativeFacts_InitiativeFragment = { __typename: 'Initiative', id: string, targetGroups: Array<TargetGroup>, activities: Array<Activity>, participantsLocals: number, participantsMigrants: number, volunteers: number } & { ' $fragmentName'?: 'InitiativeFacts_InitiativeFragment' };

export type InitiativeHeader_InitiativeFragment = { __typename: 'Initiative', id: string, title: string, summary: string, city: string | null, status: InitiativeStatus, country: { __typename: 'Country', code: string, name: string } | null, organization: { __typename: 'Organization', id: string, name: string } | null } & { ' $fragmentName'?: 'InitiativeHeader_InitiativeFragment' };

export type InitiativeNominations_InitiativeFragment = { __typename: 'Initiative', id: string, nominations: Array<{ __typename: 'Nomination', id: string, status: NominationStatus, edition: { __typename: 'AwardEdition', id: string, title: string } }> } & { ' $fragmentName'?: 'InitiativeNominations_InitiativeFragment' };

export type InitiativeStories_InitiativeFragment = { __typename: 'Initiative', id: string, stories: Array<{ __typename: 'Story', id: string, title: string, summary: string, kind: StoryKind, storytellerName: string, storytellerRole: StorytellerRole, publishedAt: string | null }> } & { ' $fragmentName'?: 'InitiativeStories_InitiativeFragment' };

export type InitiativeWorkshopOutcomes_InitiativeFragment = { __typename: 'Initiative', id: string, workshopOutcomes: Array<{ __typename: 'WorkshopOutcome', id: string, kind: WorkshopOutcomeKind, text: string, followUpStatus: FollowUpStatus, workshop: { __typename: 'Workshop', id: string, title: string, city: string, startsOn: string } }> } & { ' $fragmentName'?: 'InitiativeWorkshopOutcomes_InitiativeFragment' };

export type InitiativeRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type InitiativeRouteQuery = { initiative: (
    { __typename: 'Initiative', id: string, title: string }
    & { ' $fragmentRefs'?: { 'InitiativeHeader_InitiativeFragment': InitiativeHeader_InitiativeFragment;'InitiativeDescription_InitiativeFragment': InitiativeDescription_InitiativeFragment;'InitiativeFacts_InitiativeFragment': InitiativeFacts_InitiativeFragment;'InitiativeStories_InitiativeFragment': InitiativeStories_InitiativeFragment;'InitiativeNominations_InitiativeFragment': InitiativeNominations_InitiativeFragment;'InitiativeWorkshopOutcomes_InitiativeFragment': InitiativeWorkshopOutcomes_InitiativeFragment } }
  ) | null };

export type InitiativesRouteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  countryCode?: string | number | null | undefined;
}>;


export type InitiativesRouteQuery = { initiatives: { __typename: 'InitiativeConnection', totalCount: number, edges: Array<{ __typename: 'InitiativeEdge', cursor: string, node: (
        { __typename: 'Initiative', id: string }
        & { ' $fragmentRefs'?: { 'InitiativeCard_InitiativeFragment': InitiativeCard_InitiativeFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { __typename: 'Account', id: string, email: string, displayName: string, role: Role, countryCode: string | null, organization: { __typename: 'Organization', id: string, name: string } | null } | null };
