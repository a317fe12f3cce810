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

/** Takes a listed initiative off the map and lists; it stays readable where it is cited. */
export type ArchiveInitiativeInput = {
  expectedVersion: number;
  id: string | number;
  /** Why (at most 500 characters); shown publicly. */
  reason?: string | null | undefined;
};

/** A new, listed initiative of an organisation of the network. */
export type CreateInitiativeInput = {
  /** Ways it brings people together; at least one. */
  activities: Array<Activity>;
  /** Who benefits, in words (at most 5000 characters). */
  beneficiaries?: string | null | undefined;
  /** The challenge it answers (at most 5000 characters). */
  challenge?: string | null | undefined;
  city: string;
  /** Where it runs; the organisation's country when left out. */
  countryCode?: string | number | null | undefined;
  /** At most 10000 characters. */
  description?: string | null | undefined;
  /** YYYY-MM-DD, not before startDate. */
  endDate?: string | null | undefined;
  /** How it was evaluated (at most 5000 characters). */
  evaluation?: string | null | undefined;
  /** How it is funded (at most 5000 characters). */
  funding?: string | null | undefined;
  /** What it aims for (at most 5000 characters). */
  goals?: string | null | undefined;
  /** How it works (at most 5000 characters). */
  howItWorks?: string | null | undefined;
  /** Languages spoken at the initiative, ISO 639-1 codes (at most 20). */
  languages?: Array<string> | null | undefined;
  /** WGS 84 degrees; give both coordinates or neither. */
  latitude?: number | null | undefined;
  /** Web addresses (at most 10). */
  links?: Array<string> | null | undefined;
  /** WGS 84 degrees; give both coordinates or neither. */
  longitude?: number | null | undefined;
  /** Where people meet (at most 300 characters). */
  meetingPlace?: string | null | undefined;
  /** When people meet (at most 300 characters). */
  meetingTimes?: string | null | undefined;
  organizationId: string | number;
  /** Local participants (0 to 1,000,000). */
  participantsLocals?: number | null | undefined;
  /** Forced-migrant participants (0 to 1,000,000). */
  participantsMigrants?: number | null | undefined;
  /** What it achieved (at most 5000 characters). */
  results?: string | null | undefined;
  /** YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** ACTIVE when left out. */
  status?: InitiativeStatus | null | undefined;
  /** One or two sentences, 10 to 280 characters. */
  summary: string;
  /** At least one. */
  targetGroups: Array<TargetGroup>;
  /** 3 to 200 characters. */
  title: string;
  /** Volunteers (0 to 1,000,000). */
  volunteers?: number | null | undefined;
};

/** The four eligibility traits, each checked: true when the initiative shows it. */
export type EligibilityCheckInput = {
  /** It benefits the locals too. */
  benefitsLocalsToo: boolean;
  /** It brings locals and forced migrants together. */
  bringsLocalsAndForcedMigrantsTogether: boolean;
  /** It has a fixed meeting place and regular times. */
  fixedMeetingPlaceAndRegularTimes: boolean;
  /** It promotes social inclusion. */
  promotesSocialInclusion: boolean;
};

/** Where the follow-up of an outcome stands. */
export type FollowUpStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'OPEN';

/** Where an initiative stands in the network: proposed, listed, declined or archived. */
export type InitiativeListing =
  /** Taken off the map and lists; still readable where it is cited. */
  | 'ARCHIVED'
  /** Reviewed and not listed; seen only by staff of its country. */
  | 'DECLINED'
  /** On the public map and lists. */
  | 'LISTED'
  /** Proposed through the public form; seen only by staff of its country until reviewed. */
  | 'PROPOSED';

/** The order of an initiative list. */
export type InitiativeSort =
  /** Nearest to `near` first (needs `near`); initiatives without coordinates last. */
  | 'DISTANCE'
  /** Most recently added first. */
  | 'NEWEST'
  /** Best match for `search` first (needs `search`). */
  | 'RELEVANCE'
  /** By title, A to Z. */
  | 'TITLE';

export type InitiativeStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED';

/** How far an organisation is in joining the network. */
export type MembershipStage =
  | 'CONTACTED'
  | 'DECLINED'
  | 'IDENTIFIED'
  | 'INACTIVE'
  | 'INVITED'
  | 'MEMBER';

/** One move through the membership pipeline, with the reason for it. */
export type MoveMembershipInput = {
  /** The version you saw; a newer one means someone else changed it first. */
  expectedVersion: number;
  organizationId: string | number;
  /** Why (3 to 500 characters); kept in the history. */
  reason: string;
  /** See Organization.allowedMembershipMoves. */
  toStage: MembershipStage;
};

/** Where a nomination stands: submitted, checked for eligibility, shortlisted, then decided. */
export type NominationStatus =
  | 'ELIGIBLE'
  | 'FINALIST'
  | 'INELIGIBLE'
  | 'NOT_SELECTED'
  | 'SHORTLISTED'
  | 'SUBMITTED'
  | 'WINNER';

export type OrganizationKind =
  | 'COMMUNITY_GROUP'
  | 'FAITH_COMMUNITY'
  | 'JRS_OFFICE'
  | 'MUNICIPALITY'
  | 'NGO'
  | 'OTHER'
  | 'SCHOOL'
  | 'UNIVERSITY';

/** Where a proposal stands: waiting for review, listed, or declined. */
export type ProposalState =
  | 'DECLINED'
  | 'LISTED'
  | 'PENDING';

/** An initiative proposed by anyone, signed in or not, in their own language. It waits, unseen by the public, for the coordinator of its country. Name the organisation that runs it: pick one of the network's (organizationId) or write its name (organizationName). */
export type ProposeInitiativeInput = {
  /** Ways it brings people together; at least one. */
  activities: Array<Activity>;
  /** Who benefits, in words (at most 5000 characters). */
  beneficiaries?: string | null | undefined;
  /** The challenge it answers (at most 5000 characters). */
  challenge?: string | null | undefined;
  city: string;
  /** The country where it runs (ISO 3166-1 alpha-2, a country of the network). */
  countryCode: string | number;
  /** At most 10000 characters. */
  description?: string | null | undefined;
  /** YYYY-MM-DD, not before startDate. */
  endDate?: string | null | undefined;
  /** How it was evaluated (at most 5000 characters). */
  evaluation?: string | null | undefined;
  /** How it is funded (at most 5000 characters). */
  funding?: string | null | undefined;
  /** What it aims for (at most 5000 characters). */
  goals?: string | null | undefined;
  /** Spam trap. A form renders this field hidden from people (not type="hidden": bots skip those) and sends what was typed in it. A proposal with anything in it is answered like any other and dropped. */
  homepage?: string | null | undefined;
  /** How it works (at most 5000 characters). */
  howItWorks?: string | null | undefined;
  /** ISO 639-1 code of the language the proposal is written in. */
  language: string;
  /** Languages spoken at the initiative, ISO 639-1 codes (at most 20). */
  languages?: Array<string> | null | undefined;
  /** WGS 84 degrees; give both coordinates or neither. */
  latitude?: number | null | undefined;
  /** Web addresses (at most 10). */
  links?: Array<string> | null | undefined;
  /** WGS 84 degrees; give both coordinates or neither. */
  longitude?: number | null | undefined;
  /** Where people meet (at most 300 characters). */
  meetingPlace?: string | null | undefined;
  /** When people meet (at most 300 characters). */
  meetingTimes?: string | null | undefined;
  /** The organisation, if it is already in the network. */
  organizationId?: string | number | null | undefined;
  organizationKind?: OrganizationKind | null | undefined;
  /** The organisation that runs it, when not in the network. */
  organizationName?: string | null | undefined;
  organizationWebsite?: string | null | undefined;
  /** Local participants (0 to 1,000,000). */
  participantsLocals?: number | null | undefined;
  /** Forced-migrant participants (0 to 1,000,000). */
  participantsMigrants?: number | null | undefined;
  /** For questions about the proposal; seen only by the staff who review it. */
  proposerEmail?: string | null | undefined;
  /** Who proposes it (at most 200 characters). */
  proposerName?: string | null | undefined;
  proposerRelation: ProposerRelation;
  /** What it achieved (at most 5000 characters). */
  results?: string | null | undefined;
  /** YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** ACTIVE when left out. */
  status?: InitiativeStatus | null | undefined;
  /** One or two sentences, 10 to 280 characters. */
  summary: string;
  /** At least one. */
  targetGroups: Array<TargetGroup>;
  /** 3 to 200 characters. */
  title: string;
  /** Volunteers (0 to 1,000,000). */
  volunteers?: number | null | undefined;
};

/** Who proposes the initiative. */
export type ProposerRelation =
  /** Someone else nominates it (the public nomination form). */
  | 'NOMINATOR'
  /** The initiative describes itself (the national questionnaire). */
  | 'SELF';

/** Puts an archived initiative back on the map and lists. */
export type RestoreInitiativeInput = {
  expectedVersion: number;
  id: string | number;
};

export type ReviewDecision =
  | 'DECLINE'
  | 'LIST';

/** A coordinator's review of a proposal against the four eligibility traits. */
export type ReviewProposalInput = {
  /** LIST needs all four traits; DECLINE needs a reason. */
  decision: ReviewDecision;
  eligibility: EligibilityCheckInput;
  /** The proposed initiative's version you reviewed. */
  expectedVersion: number;
  /** The organisation to list it under. Left out: the proposer's choice, or else a new organisation from the name the proposer gave, entering the membership pipeline as IDENTIFIED. */
  organizationId?: string | number | null | undefined;
  proposalId: string | number;
  /** Why (3 to 1000 characters); required to decline. */
  reason?: string | null | undefined;
};

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

/** Changes to an initiative: a field left out stays as it is; null clears an optional one. */
export type UpdateInitiativeInput = {
  activities?: Array<Activity> | null | undefined;
  /** Who benefits, in words (at most 5000 characters). */
  beneficiaries?: string | null | undefined;
  /** The challenge it answers (at most 5000 characters). */
  challenge?: string | null | undefined;
  city?: string | null | undefined;
  /** Moves it to another country of the network. */
  countryCode?: string | number | null | undefined;
  /** At most 10000 characters. */
  description?: string | null | undefined;
  /** YYYY-MM-DD, not before startDate. */
  endDate?: string | null | undefined;
  /** How it was evaluated (at most 5000 characters). */
  evaluation?: string | null | undefined;
  /** The version you edited; a newer one means someone else saved first. */
  expectedVersion: number;
  /** How it is funded (at most 5000 characters). */
  funding?: string | null | undefined;
  /** What it aims for (at most 5000 characters). */
  goals?: string | null | undefined;
  /** How it works (at most 5000 characters). */
  howItWorks?: string | null | undefined;
  id: string | number;
  /** Languages spoken at the initiative, ISO 639-1 codes (at most 20). */
  languages?: Array<string> | null | undefined;
  /** WGS 84 degrees; give both coordinates or neither. */
  latitude?: number | null | undefined;
  /** Web addresses (at most 10). */
  links?: Array<string> | null | undefined;
  /** WGS 84 degrees; give both coordinates or neither. */
  longitude?: number | null | undefined;
  /** Where people meet (at most 300 characters). */
  meetingPlace?: string | null | undefined;
  /** When people meet (at most 300 characters). */
  meetingTimes?: string | null | undefined;
  /** Hands it to another organisation (staff of its country only). */
  organizationId?: string | number | null | undefined;
  /** Local participants (0 to 1,000,000). */
  participantsLocals?: number | null | undefined;
  /** Forced-migrant participants (0 to 1,000,000). */
  participantsMigrants?: number | null | undefined;
  /** What it achieved (at most 5000 characters). */
  results?: string | null | undefined;
  /** YYYY-MM-DD. */
  startDate?: string | null | undefined;
  status?: InitiativeStatus | null | undefined;
  summary?: string | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  title?: string | null | undefined;
  /** Volunteers (0 to 1,000,000). */
  volunteers?: number | null | undefined;
};

/** What a workshop produced. */
export type WorkshopOutcomeKind =
  | 'ADVOCACY_MESSAGE'
  | 'COMMITMENT'
  | 'LESSON_LEARNED'
  | 'RECOMMENDATION';

export type CountryFilter_CountriesFragment = { __typename: 'Country', code: string, name: string } & { ' $fragmentName'?: 'CountryFilter_CountriesFragment' };

export type InitiativeArchiveControls_InitiativeFragment = { __typename: 'Initiative', id: string, version: number, listing: InitiativeListing } & { ' $fragmentName'?: 'InitiativeArchiveControls_InitiativeFragment' };

export type InitiativeCard_InitiativeFragment = { __typename: 'Initiative', id: string, title: string, summary: string, city: string | null, targetGroups: Array<TargetGroup>, country: { __typename: 'Country', code: string, name: string } | null, organization: { __typename: 'Organization', id: string, name: string } | null } & { ' $fragmentName'?: 'InitiativeCard_InitiativeFragment' };

export type InitiativeDescription_InitiativeFragment = { __typename: 'Initiative', id: string, description: string } & { ' $fragmentName'?: 'InitiativeDescription_InitiativeFragment' };

export type InitiativeEditForm_InitiativeFragment = { __typename: 'Initiative', id: string, version: number, title: string, summary: string, city: string | null, description: string, meetingPlace: string | null, meetingTimes: string | null, challenge: string, goals: string, howItWorks: string, results: string, evaluation: string, beneficiaries: string, funding: string, status: InitiativeStatus, targetGroups: Array<TargetGroup>, activities: Array<Activity>, latitude: number | null, longitude: number | null, startDate: string | null, endDate: string | null, participantsLocals: number, participantsMigrants: number, volunteers: number, languages: Array<string>, links: Array<string> } & { ' $fragmentName'?: 'InitiativeEditForm_InitiativeFragment' };

export type InitiativeFacts_InitiativeFragment = { __typename: 'Initiative', id: string, targetGroups: Array<TargetGroup>, activities: Array<Activity>, participantsLocals: number, participantsMigrants: number, volunteers: number } & { ' $fragmentName'?: 'InitiativeFacts_InitiativeFragment' };

export type InitiativeHeader_InitiativeFragment = { __typename: 'Initiative', id: string, title: string, summary: string, city: string | null, status: InitiativeStatus, country: { __typename: 'Country', code: string, name: string } | null, organization: { __typename: 'Organization', id: string, name: string } | null } & { ' $fragmentName'?: 'InitiativeHeader_InitiativeFragment' };

export type InitiativeMap_InitiativesFragment = { __typename: 'Initiative', id: string, title: string, latitude: number | null, longitude: number | null } & { ' $fragmentName'?: 'InitiativeMap_InitiativesFragment' };

export type InitiativeNominations_InitiativeFragment = { __typename: 'Initiative', id: string, nominations: Array<{ __typename: 'Nomination', id: string, status: NominationStatus, edition: { __typename: 'AwardEdition', id: string, title: string } }> } & { ' $fragmentName'?: 'InitiativeNominations_InitiativeFragment' };

export type InitiativeStories_InitiativeFragment = { __typename: 'Initiative', id: string, stories: Array<{ __typename: 'Story', id: string, title: string, summary: string, kind: StoryKind, storytellerName: string, storytellerRole: StorytellerRole, publishedAt: string | null }> } & { ' $fragmentName'?: 'InitiativeStories_InitiativeFragment' };

export type InitiativeWorkshopOutcomes_InitiativeFragment = { __typename: 'Initiative', id: string, workshopOutcomes: Array<{ __typename: 'WorkshopOutcome', id: string, kind: WorkshopOutcomeKind, text: string, followUpStatus: FollowUpStatus, workshop: { __typename: 'Workshop', id: string, title: string, city: string, startsOn: string } }> } & { ' $fragmentName'?: 'InitiativeWorkshopOutcomes_InitiativeFragment' };

export type MembershipPipeline_OrganizationFragment = { __typename: 'Organization', id: string, version: number, membershipStage: MembershipStage, allowedMembershipMoves: Array<MembershipStage>, viewerCanMoveMembership: boolean, membershipHistory: Array<{ __typename: 'MembershipChange', id: string, fromStage: MembershipStage | null, toStage: MembershipStage, reason: string, changedAt: string, changedBy: string }> | null } & { ' $fragmentName'?: 'MembershipPipeline_OrganizationFragment' };

export type OrganizationCard_OrganizationFragment = { __typename: 'Organization', id: string, name: string, kind: OrganizationKind, membershipStage: MembershipStage, country: { __typename: 'Country', code: string, name: string } } & { ' $fragmentName'?: 'OrganizationCard_OrganizationFragment' };

export type OrganizationContact_OrganizationFragment = { __typename: 'Organization', id: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null } & { ' $fragmentName'?: 'OrganizationContact_OrganizationFragment' };

export type OrganizationProfile_OrganizationFragment = { __typename: 'Organization', id: string, name: string, kind: OrganizationKind, description: string, website: string | null, country: { __typename: 'Country', code: string, name: string } } & { ' $fragmentName'?: 'OrganizationProfile_OrganizationFragment' };

export type ProposalReview_ProposalFragment = { __typename: 'InitiativeProposal', id: string, language: string, submittedAt: string, organizationName: string | null, proposerName: string | null, proposerEmail: string | null, country: { __typename: 'Country', code: string, name: string }, initiative: { __typename: 'Initiative', id: string, version: number, title: string, summary: string, city: string | null, meetingPlace: string | null, meetingTimes: string | null, organization: { __typename: 'Organization', id: string, name: string } | null } } & { ' $fragmentName'?: 'ProposalReview_ProposalFragment' };

export type ArchiveInitiativeMutationVariables = Exact<{
  input: ArchiveInitiativeInput;
}>;


export type ArchiveInitiativeMutation = { archiveInitiative: { __typename: 'ArchiveInitiativePayload', initiative: { __typename: 'Initiative', id: string, version: number, listing: InitiativeListing, archivedAt: string | null, archiveReason: string | null, updatedAt: string } } };

export type CreateInitiativeMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type CreateInitiativeMutation = { createInitiative: { __typename: 'CreateInitiativePayload', initiative: { __typename: 'Initiative', id: string, version: number, title: string } } };

export type MoveMembershipMutationVariables = Exact<{
  input: MoveMembershipInput;
}>;


export type MoveMembershipMutation = { moveMembership: { __typename: 'MoveMembershipPayload', organization: { __typename: 'Organization', id: string, version: number, membershipStage: MembershipStage, allowedMembershipMoves: Array<MembershipStage>, viewerCanMoveMembership: boolean, membershipHistory: Array<{ __typename: 'MembershipChange', id: string, fromStage: MembershipStage | null, toStage: MembershipStage, reason: string, changedAt: string, changedBy: string }> | null } } };

export type ProposeInitiativeMutationVariables = Exact<{
  input: ProposeInitiativeInput;
}>;


export type ProposeInitiativeMutation = { proposeInitiative: { __typename: 'ProposeInitiativePayload', proposalId: string, receivedAt: string } };

export type RestoreInitiativeMutationVariables = Exact<{
  input: RestoreInitiativeInput;
}>;


export type RestoreInitiativeMutation = { restoreInitiative: { __typename: 'RestoreInitiativePayload', initiative: { __typename: 'Initiative', id: string, version: number, listing: InitiativeListing, archivedAt: string | null, archiveReason: string | null, updatedAt: string } } };

export type ReviewProposalMutationVariables = Exact<{
  input: ReviewProposalInput;
}>;


export type ReviewProposalMutation = { reviewProposal: { __typename: 'ReviewProposalPayload', proposal: { __typename: 'InitiativeProposal', id: string, state: ProposalState, reviewReason: string | null, reviewedAt: string | null }, initiative: { __typename: 'Initiative', id: string, listing: InitiativeListing, version: number } } };

export type UpdateInitiativeMutationVariables = Exact<{
  input: UpdateInitiativeInput;
}>;


export type UpdateInitiativeMutation = { updateInitiative: { __typename: 'UpdateInitiativePayload', initiative: { __typename: 'Initiative', id: string, version: number, title: string, summary: string, city: string | null, description: string, meetingPlace: string | null, meetingTimes: string | null, challenge: string, goals: string, howItWorks: string, results: string, evaluation: string, beneficiaries: string, funding: string, status: InitiativeStatus, targetGroups: Array<TargetGroup>, activities: Array<Activity>, latitude: number | null, longitude: number | null, startDate: string | null, endDate: string | null, participantsLocals: number, participantsMigrants: number, volunteers: number, languages: Array<string>, links: Array<string>, updatedAt: string } } };

export type InitiativeCreateOrganizationsQueryVariables = Exact<{
  countryCode?: string | number | null | undefined;
  search?: string | null | undefined;
}>;


export type InitiativeCreateOrganizationsQuery = { organizations: { __typename: 'OrganizationConnection', nodes: Array<{ __typename: 'Organization', id: string, name: string }> } };

export type InitiativeEditRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type InitiativeEditRouteQuery = { initiative: (
    { __typename: 'Initiative', id: string, title: string, viewerCanEdit: boolean }
    & { ' $fragmentRefs'?: { 'InitiativeEditForm_InitiativeFragment': InitiativeEditForm_InitiativeFragment } }
  ) | null };

export type InitiativeRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type InitiativeRouteQuery = { initiative: (
    { __typename: 'Initiative', id: string, title: string, viewerCanEdit: boolean }
    & { ' $fragmentRefs'?: { 'InitiativeHeader_InitiativeFragment': InitiativeHeader_InitiativeFragment;'InitiativeArchiveControls_InitiativeFragment': InitiativeArchiveControls_InitiativeFragment;'InitiativeDescription_InitiativeFragment': InitiativeDescription_InitiativeFragment;'InitiativeFacts_InitiativeFragment': InitiativeFacts_InitiativeFragment;'InitiativeStories_InitiativeFragment': InitiativeStories_InitiativeFragment;'InitiativeNominations_InitiativeFragment': InitiativeNominations_InitiativeFragment;'InitiativeWorkshopOutcomes_InitiativeFragment': InitiativeWorkshopOutcomes_InitiativeFragment } }
  ) | null };

export type InitiativesRouteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  countryCode?: string | number | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  activity?: Activity | null | undefined;
  status?: InitiativeStatus | null | undefined;
  sort?: InitiativeSort | null | undefined;
}>;


export type InitiativesRouteQuery = { initiatives: { __typename: 'InitiativeConnection', totalCount: number, edges: Array<{ __typename: 'InitiativeEdge', cursor: string, node: (
        { __typename: 'Initiative', id: string }
        & { ' $fragmentRefs'?: { 'InitiativeCard_InitiativeFragment': InitiativeCard_InitiativeFragment;'InitiativeMap_InitiativesFragment': InitiativeMap_InitiativesFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )> };

export type OrganizationRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationRouteQuery = { organization: (
    { __typename: 'Organization', id: string, name: string }
    & { ' $fragmentRefs'?: { 'OrganizationProfile_OrganizationFragment': OrganizationProfile_OrganizationFragment;'OrganizationContact_OrganizationFragment': OrganizationContact_OrganizationFragment;'MembershipPipeline_OrganizationFragment': MembershipPipeline_OrganizationFragment } }
  ) | null };

export type OrganizationsRouteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  countryCode?: string | number | null | undefined;
  membershipStage?: MembershipStage | null | undefined;
}>;


export type OrganizationsRouteQuery = { organizations: { __typename: 'OrganizationConnection', totalCount: number, edges: Array<{ __typename: 'OrganizationEdge', cursor: string, node: (
        { __typename: 'Organization', id: string }
        & { ' $fragmentRefs'?: { 'OrganizationCard_OrganizationFragment': OrganizationCard_OrganizationFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )> };

export type IntakeRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type IntakeRouteQuery = { initiativeProposals: { __typename: 'InitiativeProposalConnection', totalCount: number, edges: Array<{ __typename: 'InitiativeProposalEdge', node: (
        { __typename: 'InitiativeProposal', id: string }
        & { ' $fragmentRefs'?: { 'ProposalReview_ProposalFragment': ProposalReview_ProposalFragment } }
      ) }> } };

export type ProposeRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposeRouteQuery = { countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { __typename: 'Account', id: string, email: string, displayName: string, role: Role, countryCode: string | null, organization: { __typename: 'Organization', id: string, name: string } | null } | null };
