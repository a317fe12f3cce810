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

/** Approves a national winner as a best practice with the texts the manual prints: the nomination must be the WINNER of a DECIDED or ANNOUNCED edition, and has at most one best practice. */
export type ApproveBestPracticeInput = {
  /** Lessons learned (1 to 5000 characters). */
  lessons: string;
  nominationId: string | number;
  /** 0 to 10 theme keys, each lower-case words joined by dashes of at most 60 characters (e.g. "sport", "language-cafe"), none twice. */
  themes: Array<string>;
  /** How to transfer it elsewhere (1 to 5000 characters). */
  transferability: string;
  /** What works (1 to 5000 characters). */
  whatWorks: string;
};

/** Takes a listed initiative off the map and lists; it stays readable where it is cited. */
export type ArchiveInitiativeInput = {
  expectedVersion: number;
  id: string | number;
  /** Why (at most 500 characters); shown publicly. */
  reason?: string | null | undefined;
};

/** Puts a network account on an award edition's jury. */
export type AssignJurorInput = {
  /** How the juror is named on this jury (1 to 200 characters). */
  displayName: string;
  editionId: string | number;
  /** The juror's network account. */
  jurorAccountId: string | number;
};

/** Where a national award edition stands: draft → nominations open → judging → decided → announced. */
export type AwardEditionPhase =
  | 'ANNOUNCED'
  | 'DECIDED'
  | 'DRAFT'
  | 'JUDGING'
  | 'NOMINATIONS_OPEN';

/** What the decision made of a nomination: winner, finalist, special mention (not selected but named), not selected. */
export type AwardOutcome =
  | 'FINALIST'
  | 'NOT_SELECTED'
  | 'SPECIAL_MENTION'
  | 'WINNER';

/** Who found a conflict of interest. */
export type ConflictKind =
  /** The juror declared it; they may withdraw it before the decision. */
  | 'DECLARED'
  /** The platform found it: the juror's organisation runs the initiative, or the juror or their organisation nominated it. It cannot be withdrawn. */
  | 'DETECTED';

/** A communication channel a consent covers. */
export type ConsentChannel =
  | 'FACEBOOK'
  | 'FLICKR'
  | 'PRESS'
  | 'PRINT'
  | 'TWITTER'
  | 'WEBSITE'
  | 'YOUTUBE';

/** Who gave consent: the storyteller, or for a minor their legal guardian. */
export type ConsentGiver =
  | 'GUARDIAN'
  | 'STORYTELLER';

export type ConsentScope =
  /** Staff of the organisation that collected it. */
  | 'INTERNAL'
  /** Members of the B.E.S.T. network. */
  | 'NETWORK'
  /** Anyone. */
  | 'PUBLIC';

/** Starts a country's national award for a year, as a draft judged by a published guideline. */
export type CreateAwardEditionInput = {
  /** ISO 3166-1 alpha-2, in either case. */
  countryCode: string | number;
  /** When the jury is due to decide; after nominationsCloseAt. */
  decisionAt: string;
  /** A published guideline version; a draft is refused. */
  guidelineId: string | number;
  /** No nomination is accepted after this moment; after opensAt. */
  nominationsCloseAt: string;
  /** When nominations are planned to open; they cannot open earlier. */
  opensAt?: string | null | undefined;
  /** 1 to 200 characters. */
  title: string;
  /** Between 2000 and 2100; a country has one edition per year. */
  year: number;
};

export type CreateCampaignInput = {
  /** The country it runs in (ISO 3166-1 alpha-2); leave it out for a European campaign (admins only). */
  countryCode?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Last day, ISO date (YYYY-MM-DD). */
  endsOn?: string | null | undefined;
  name: string;
  /** First day, ISO date (YYYY-MM-DD). */
  startsOn: string;
};

/** Version 1 of a new criteria set, as a draft only admins see. A later version of an existing set starts with startGuidelineVersion, as a copy of its latest published version. */
export type CreateGuidelineDraftInput = {
  /** 1 to 20 criteria, in the order jurors see them. */
  criteria: Array<CriterionInput>;
  /** What an initiative must meet to be nominated, at most 30. */
  eligibilityRules?: Array<EligibilityRuleInput> | null | undefined;
  /** Names the criteria set across its versions, e.g. "best-practice-guidelines". */
  key: string;
  /** 1 to 200 characters. */
  title: string;
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

/** A new manual, as a draft. */
export type CreateManualInput = {
  /** In order; at most 30. */
  chapters: Array<ManualChapterInput>;
  /** At most 10000 characters. */
  introduction: string;
  /** ISO 639-1 code of the language of the texts, e.g. "en". */
  language: string;
  /** 1 to 200 characters. */
  title: string;
};

export type CreateStoryInput = {
  /** ISO 3166-1 alpha-2. Organisation members record stories of their own country (the default). */
  countryCode?: string | number | null | undefined;
  /** The name the storyteller chose to be shown by; never a real name. Null: anonymous. */
  displayName?: string | null | undefined;
  /** The initiative the story is about (an id of the network subgraph; not checked here). */
  initiativeId?: string | number | null | undefined;
  /** Told by a minor: consent from a guardian, always at risk. */
  isMinor?: boolean | null | undefined;
  kind: StoryKind;
  /** ISO 639-1 code of the language the story is told in, e.g. "en". */
  language: string;
  /** The organisation recording the story; for organisation members always their own (the default). */
  recordedByOrganizationId?: string | number | null | undefined;
  /** A minor's story always carries MINOR. */
  riskFlags?: Array<StorytellerRiskFlag> | null | undefined;
  storytellerRole: StorytellerRole;
  /** At most 600 characters. */
  summary?: string | null | undefined;
  /** The story as told, 1 to 20000 characters. */
  text: string;
  themes?: Array<StoryTheme> | null | undefined;
  /** 1 to 200 characters. */
  title: string;
};

/** A part of a criterion that can change between two versions of a guideline. */
export type CriterionField =
  | 'DESCRIPTION'
  | 'NAME'
  | 'SCALE'
  | 'WEIGHT';

/** One criterion of a guideline, with its weight and scoring scale. */
export type CriterionInput = {
  /** At most 2000 characters. */
  description?: string | null | undefined;
  /** Lowercase words joined by hyphens, unique within the guideline, e.g. "fixed-meeting-place". */
  key: string;
  /** 1 to 200 characters. */
  name: string;
  /** 2 to 10 levels, lowest score first. */
  scale: Array<ScaleLevelInput>;
  /** Relative weight in the weighted score; greater than 0. */
  weight: number;
};

/** Declares that the caller, a juror of the edition, cannot judge one nomination impartially. */
export type DeclareConflictInput = {
  nominationId: string | number;
  /** Why (1 to 1000 characters); read by admins and the coordinator. */
  reason: string;
};

/** The outcome of checking a nomination against its guideline's eligibility rules. */
export type Eligibility =
  | 'ELIGIBLE'
  | 'INELIGIBLE'
  | 'UNCHECKED';

/** One eligibility rule of a guideline: its stable key, its text, and whether intake checks it. */
export type EligibilityRuleInput = {
  /** True when the network's intake checks it too (a proposal answers it); false for award-only rules. */
  checkedAtIntake: boolean;
  /** Lowercase words joined by hyphens, unique within the guideline; keep it when a later version rewords the rule. */
  key: string;
  /** 1 to 500 characters. */
  text: string;
};

export type EraseStoryInput = {
  /** Why the story is erased (kept in the tombstone); no personal data. */
  reason: string;
  storyId: string | number;
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

/** One chapter: its texts, an optional theme, and its best practices in order. */
export type ManualChapterInput = {
  /** Existing best practices, in the order the chapter shows them, each once (at most 100). */
  bestPracticeIds: Array<string | number>;
  /** At most 5000 characters. */
  introduction: string;
  /** A theme key, e.g. "sport". */
  theme?: string | null | undefined;
  /** 1 to 200 characters. */
  title: string;
};

/** A draft is prepared by admins and read by staff; a published manual is public and never changes. */
export type ManualStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type MarkPublicationTakenDownInput = {
  /** How it was taken down, e.g. "post deleted". */
  note?: string | null | undefined;
  publicationId: string | number;
};

/** How far an organisation is in joining the network. */
export type MembershipStage =
  | 'CONTACTED'
  | 'DECLINED'
  | 'IDENTIFIED'
  | 'INACTIVE'
  | 'INVITED'
  | 'MEMBER';

/** Moves an award edition to another phase, saying why. */
export type MoveAwardEditionPhaseInput = {
  /** The edition's version as the caller last read it. */
  expectedVersion: number;
  id: string | number;
  /** Why the move is made (1 to 1000 characters); kept in the phase history. */
  reason: string;
  to: AwardEditionPhase;
};

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

export type MoveStoryStatusInput = {
  /** The story's version as the caller last read it. */
  expectedVersion: number;
  /** Why the move is made; required when a story in review is sent back to draft. */
  reason?: string | null | undefined;
  storyId: string | number;
  toStatus: StoryStatus;
};

/** The answer to one eligibility rule of the edition's guideline. */
export type NominationEligibilityCheckInput = {
  /** Whether the nomination meets the rule. */
  met: boolean;
  /** What the screener noted (at most 1000 characters). */
  note?: string | null | undefined;
  /** The rule's key in the guideline's eligibilityRules. */
  rule: string;
};

/** Where a nomination stands: submitted, checked for eligibility, shortlisted, then decided; or withdrawn by its nominator before judging. */
export type NominationStatus =
  | 'ELIGIBLE'
  | 'FINALIST'
  | 'INELIGIBLE'
  | 'NOT_SELECTED'
  | 'SHORTLISTED'
  | 'SUBMITTED'
  | 'WINNER'
  | 'WITHDRAWN';

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
  /** Whether the initiative shows each intake trait of the current guideline (`intakeTraits`): every trait exactly once, by its key. A proposal that misses one, repeats one or names another is refused (BAD_USER_INPUT). */
  eligibility: Array<TraitCheckInput>;
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

/** Publishes a draft: from then on it never changes and award editions may judge by it. */
export type PublishGuidelineInput = {
  /** The revision you reviewed; a newer one means someone else saved first. */
  expectedRevision: number;
  id: string | number;
};

/** Publishes a draft manual: from then on everyone reads it and it never changes. It needs at least one chapter, each with at least one best practice, every one of an ANNOUNCED edition. */
export type PublishManualInput = {
  /** The manual's version as the caller reviewed it. */
  expectedVersion: number;
  manualId: string | number;
};

/** Records the jury's decision on an edition in JUDGING and moves it to DECIDED: winners, finalists and special mentions among its eligible and shortlisted nominations; every other one of those is NOT_SELECTED. */
export type RecordAwardDecisionInput = {
  editionId: string | number;
  /** The edition's version as the caller last read it. */
  expectedVersion: number;
  /** They become FINALIST. */
  finalists?: Array<string | number> | null | undefined;
  /** Which ranking the decision was read from (default: the normalised one); its ranks are announced. */
  normalised?: boolean | null | undefined;
  /** Why the jury decided so (1 to 1000 characters); kept in the phase history. */
  reason: string;
  /** NOT_SELECTED, but named by the jury. */
  specialMentions?: Array<string | number> | null | undefined;
  /** At least one; they become WINNER. */
  winners: Array<string | number>;
};

/** A consent as staff record it from the signed form or the recording. */
export type RecordConsentInput = {
  /** Where the story may be published; none for INTERNAL scope. */
  channels?: Array<ConsentChannel> | null | undefined;
  /** Where the signed form or recording is kept (a reference, not the document). */
  evidenceReference: string;
  /** After this moment the story is hidden everywhere. */
  expiresAt?: string | null | undefined;
  /** When consent was given (not in the future). */
  givenAt: string;
  /** The storyteller, or for a minor's story their guardian. */
  givenBy: ConsentGiver;
  /** Defaults to false; refused for a storyteller at risk. */
  mayShowImage?: boolean | null | undefined;
  /** Defaults to false; refused for a storyteller at risk. */
  mayShowName?: boolean | null | undefined;
  scope: ConsentScope;
  storyId: string | number;
};

export type RecordPublicationInput = {
  /** The campaign it belongs to, if any. */
  campaignId?: string | number | null | undefined;
  channel: ConsentChannel;
  /** When it appeared; now when left out. Not in the future. */
  publishedAt?: string | null | undefined;
  shares?: number | null | undefined;
  storyId: string | number;
  /** Where it can be seen: an http or https address. */
  url?: string | null | undefined;
  views?: number | null | undefined;
};

/** Takes a juror off an award edition's jury. */
export type RemoveJurorInput = {
  editionId: string | number;
  jurorAccountId: string | number;
};

export type RemoveStoryMediaInput = {
  mediaId: string | number;
};

export type RemoveStoryTranslationInput = {
  language: string;
  storyId: string | number;
};

/** Puts an archived initiative back on the map and lists. */
export type RestoreInitiativeInput = {
  expectedVersion: number;
  id: string | number;
};

export type ReviewDecision =
  | 'DECLINE'
  | 'LIST';

/** A coordinator's review of a proposal against the current guideline's intake traits. */
export type ReviewProposalInput = {
  /** LIST needs every intake trait met; DECLINE needs a reason. */
  decision: ReviewDecision;
  /** Every intake trait of the current guideline (`intakeTraits`) exactly once, by its key. */
  eligibility: Array<TraitCheckInput>;
  /** The proposed initiative's version you reviewed. */
  expectedVersion: number;
  /** The organisation to list it under. Left out: the proposer's choice, or else a new organisation from the name the proposer gave, entering the membership pipeline as IDENTIFIED. */
  organizationId?: string | number | null | undefined;
  proposalId: string | number;
  /** Why (3 to 1000 characters); required to decline. */
  reason?: string | null | undefined;
};

/** Changes the texts or themes of a best practice; a field left out stays as it is. CONFLICT when someone revised it since expectedVersion. */
export type ReviseBestPracticeInput = {
  bestPracticeId: string | number;
  /** The best practice's version as the caller last read it. */
  expectedVersion: number;
  /** Lessons learned (1 to 5000 characters). */
  lessons?: string | null | undefined;
  /** Replaces every theme: 0 to 10 theme keys, each lower-case words joined by dashes of at most 60 characters (e.g. "sport", "language-cafe"), none twice. */
  themes?: Array<string> | null | undefined;
  /** How to transfer it elsewhere (1 to 5000 characters). */
  transferability?: string | null | undefined;
  /** What works (1 to 5000 characters). */
  whatWorks?: string | null | undefined;
};

/** Changes to a draft: a field left out stays as it is; criteria, when given, replace all of them. Refused with CONFLICT when someone saved since `expectedRevision`, or when the version is published. */
export type ReviseGuidelineDraftInput = {
  /** Replaces every criterion, in this order. */
  criteria?: Array<CriterionInput> | null | undefined;
  /** Replaces every eligibility rule. */
  eligibilityRules?: Array<EligibilityRuleInput> | null | undefined;
  /** The revision you edited; a newer one means someone else saved first. */
  expectedRevision: number;
  id: string | number;
  /** 1 to 200 characters. */
  title?: string | null | undefined;
};

/** Changes a draft manual; a field left out stays as it is, chapters (when given) replace all of them. CONFLICT for a published manual or a stale expectedVersion. */
export type ReviseManualInput = {
  /** Replaces every chapter, in this order. */
  chapters?: Array<ManualChapterInput> | null | undefined;
  /** The manual's version as the caller last read it. */
  expectedVersion: number;
  /** At most 10000 characters. */
  introduction?: string | null | undefined;
  /** ISO 639-1 code, e.g. "en". */
  language?: string | null | undefined;
  manualId: string | number;
  /** 1 to 200 characters. */
  title?: string | null | undefined;
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

/** Saves some or all of the caller's scores for a nomination as a draft; a criterion already scored is overwritten. */
export type SaveScoresInput = {
  /** The scorecard's version as the caller last read it; omitted for the first save. */
  expectedVersion?: number | null | undefined;
  nominationId: string | number;
  /** 1 to 100 scores. */
  scores: Array<ScoreInput>;
};

export type SaveStoryTranslationInput = {
  /** The version of the translation as last read; null to add a translation in a new language. */
  expectedVersion?: number | null | undefined;
  /** ISO 639-1 code of the translation; not the story’s own language. */
  language: string;
  storyId: string | number;
  summary?: string | null | undefined;
  text: string;
  title: string;
};

/** One level of a scoring scale: the score a juror gives and what it means. */
export type ScaleLevelInput = {
  /** What an initiative looks like at this level (1 to 500 characters). */
  descriptor: string;
  /** Scores go up by one from level to level, lowest first. */
  score: number;
};

/** One criterion's score, on that criterion's scale. */
export type ScoreInput = {
  /** Why this score (at most 4000 characters); required before submitting. Omitted: an empty comment. */
  comment?: string | null | undefined;
  /** A criterion key of the edition's guideline version. */
  criterion: string;
  /** One of the criterion's scale levels. */
  score: number;
};

/** A juror's scorecard for one nomination: a draft saved as they go, then submitted and frozen. */
export type ScorecardStatus =
  | 'DRAFT'
  | 'SUBMITTED';

/** Screens a nomination against every eligibility rule of its edition's guideline: eligible when all are met. */
export type ScreenNominationInput = {
  /** One answer for each rule of the guideline, each once. */
  checks: Array<NominationEligibilityCheckInput>;
  /** The nomination's version as the caller last read it. */
  expectedVersion: number;
  id: string | number;
  /** Why it is (in)eligible (1 to 1000 characters); required when a rule is not met. */
  reason?: string | null | undefined;
};

/** Puts an eligible nomination on the shortlist, or takes it off. */
export type ShortlistNominationInput = {
  /** The nomination's version as the caller last read it. */
  expectedVersion: number;
  id: string | number;
  /** true: ELIGIBLE → SHORTLISTED; false: SHORTLISTED → ELIGIBLE. */
  shortlisted: boolean;
};

/** Starts the next version of a criteria set as a copy of its latest published version. */
export type StartGuidelineVersionInput = {
  key: string;
};

export type StoryKind =
  /** How an initiative changed things, told by someone who took part in it. */
  | 'CASE_STORY'
  /** A short message to the public, e.g. for a campaign. */
  | 'MESSAGE'
  /** A person tells their own experience. */
  | 'TESTIMONY';

/** A photo, a video or an audio recording attached to a story. */
export type StoryMediaKind =
  | 'AUDIO'
  | 'PHOTO'
  | 'VIDEO';

export type StoryStatus =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'WITHDRAWN';

/** The prejudice a story answers. */
export type StoryTheme =
  /** Answers "their culture or religion does not fit here". */
  | 'CULTURE_AND_RELIGION'
  /** Answers "they are not real refugees". */
  | 'GENUINE_REFUGEES'
  /** Answers "there is no room for them" or "they take our homes". */
  | 'HOUSING'
  /** Answers "they take our jobs" or "they give nothing back". */
  | 'JOBS_AND_ECONOMY'
  /** Answers "they do not want to learn the language or integrate". */
  | 'LANGUAGE_AND_INTEGRATION'
  /** Answers "they are a danger to us". */
  | 'SAFETY'
  /** Answers "their children hold ours back at school". */
  | 'SCHOOLS'
  /** Answers "they only come for benefits". */
  | 'WELFARE';

/** What puts the storyteller at risk if the story is seen by the wrong people. */
export type StorytellerRiskFlag =
  /** Their asylum claim is still being decided. */
  | 'ASYLUM_CLAIM_ONGOING'
  /** Family members still live in the country they left. */
  | 'FAMILY_IN_COUNTRY_OF_ORIGIN'
  /** The storyteller is under 18 (set automatically for a minor). */
  | 'MINOR';

/** The part the storyteller plays in community building. */
export type StorytellerRole =
  | 'HOST'
  | 'LOCAL'
  | 'MIGRANT'
  | 'STAFF'
  | 'VOLUNTEER';

/** An initiative put forward for an award edition whose nominations are open; the caller is the nominator. */
export type SubmitNominationInput = {
  editionId: string | number;
  /** Links or short texts, at most 20; a link must be a web address starting with http:// or https://. */
  evidence?: Array<string> | null | undefined;
  /** Spam trap. A form renders this field hidden from people (not type="hidden": bots skip those) and sends what was typed in it. A nomination with anything in it is answered like any other and dropped. */
  homepage?: string | null | undefined;
  initiativeId: string | number;
  /** The public's nominator: an email address where the staff can reach them, required from them; read only by admins and the coordinator of the edition's country. A signed-in caller leaves it empty. */
  nominatorEmail?: string | null | undefined;
  /** The public's nominator (not signed in): their name (1 to 120 characters), required from them and shown to the network as who nominated it. A signed-in caller nominates as themselves and leaves it empty. */
  nominatorName?: string | null | undefined;
  /** Why the initiative deserves the award (20 to 5000 characters). */
  statement: string;
};

/** Submits the caller's complete scorecard for a nomination; it cannot change afterwards. */
export type SubmitScorecardInput = {
  /** The scorecard's version as the caller last read it. */
  expectedVersion: number;
  nominationId: string | number;
};

/** Who an initiative brings together with forced migrants. */
export type TargetGroup =
  | 'ELDERLY_PEOPLE'
  | 'FAMILIES'
  | 'NEIGHBOURS'
  | 'OTHER'
  | 'PARISHIONERS'
  | 'SCHOOL_PUPILS'
  | 'UNIVERSITY_STUDENTS';

/** The answer to one intake trait of the current guideline, named by the rule's key. */
export type TraitCheckInput = {
  /** True when the initiative shows the trait. */
  met: boolean;
  /** The key of an intake trait, as `intakeTraits` lists them. */
  trait: string;
};

export type UpdateCampaignInput = {
  campaignId: string | number;
  description?: string | null | undefined;
  /** Last day; leave it out to keep it, send null for a campaign that runs on. */
  endsOn?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  name?: string | null | undefined;
  startsOn?: string | null | undefined;
};

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

export type UpdatePublicationReachInput = {
  /** The version you read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  publicationId: string | number;
  shares: number;
  views: number;
};

export type UpdateStoryInput = {
  displayName?: string | null | undefined;
  /** The story's version as the caller last read it. */
  expectedVersion: number;
  initiativeId?: string | number | null | undefined;
  isMinor?: boolean | null | undefined;
  kind?: StoryKind | null | undefined;
  language?: string | null | undefined;
  /** A minor's story always keeps MINOR. */
  riskFlags?: Array<StorytellerRiskFlag> | null | undefined;
  storyId: string | number;
  storytellerRole?: StorytellerRole | null | undefined;
  summary?: string | null | undefined;
  text?: string | null | undefined;
  themes?: Array<StoryTheme> | null | undefined;
  title?: string | null | undefined;
};

/** Changes a media item's caption, alt text or whether it shows the storyteller. */
export type UpdateStoryMediaInput = {
  /** Absent: unchanged. A photo needs one. */
  altText?: string | null | undefined;
  /** Absent: unchanged. A photo needs one. */
  caption?: string | null | undefined;
  /** The version you edited; a newer one refuses the change with CONFLICT. */
  expectedVersion: number;
  mediaId: string | number;
  /** Absent: unchanged. */
  showsStoryteller?: boolean | null | undefined;
};

/** Withdraws the caller's own declared conflict with a nomination. */
export type WithdrawConflictDeclarationInput = {
  nominationId: string | number;
};

export type WithdrawConsentInput = {
  /** Why consent was withdrawn, as the storyteller or guardian said it. */
  reason: string;
  storyId: string | number;
};

export type WithdrawConsentWithCodeInput = {
  /** The private code the storyteller received, e.g. 7KQ2-XM9D-4T1P-HV0C-88RZ (case, spaces and dashes do not matter). */
  code: string;
  /** Why, if the storyteller wants to say; nobody asks. */
  reason?: string | null | undefined;
};

/** Takes a nomination back, before judging starts, saying why. */
export type WithdrawNominationInput = {
  /** The nomination's version as the caller last read it. */
  expectedVersion: number;
  id: string | number;
  /** Why it is withdrawn (1 to 1000 characters); shown to the network. */
  reason: string;
};

/** What a workshop produced. */
export type WorkshopOutcomeKind =
  | 'ADVOCACY_MESSAGE'
  | 'COMMITMENT'
  | 'LESSON_LEARNED'
  | 'RECOMMENDATION';

export type AwardEditionCard_EditionFragment = { __typename: 'AwardEdition', id: string, title: string, year: number, phase: AwardEditionPhase, nominationsCloseAt: string | null, decisionAt: string | null, country: { __typename: 'Country', code: string, name: string } } & { ' $fragmentName'?: 'AwardEditionCard_EditionFragment' };

export type AwardEditionCreateForm_GuidelineFragment = { __typename: 'Guideline', id: string, key: string, title: string, version: number } & { ' $fragmentName'?: 'AwardEditionCreateForm_GuidelineFragment' };

export type AwardEditionDeadlines_EditionFragment = { __typename: 'AwardEdition', id: string, year: number, opensAt: string | null, nominationsCloseAt: string | null, decisionAt: string | null, country: { __typename: 'Country', code: string, name: string }, guideline: { __typename: 'Guideline', id: string, title: string, version: number } } & { ' $fragmentName'?: 'AwardEditionDeadlines_EditionFragment' };

export type AwardEditionLinks_EditionFragment = { __typename: 'AwardEdition', id: string, phase: AwardEditionPhase, viewerIsJuror: boolean, country: { __typename: 'Country', code: string } } & { ' $fragmentName'?: 'AwardEditionLinks_EditionFragment' };

export type AwardEditionNominations_EditionFragment = { __typename: 'AwardEdition', id: string, nominations: { __typename: 'NominationConnection', totalCount: number, nodes: Array<{ __typename: 'Nomination', id: string, status: NominationStatus, submittedAt: string, initiative: { __typename: 'Initiative', id: string, title: string } }> } } & { ' $fragmentName'?: 'AwardEditionNominations_EditionFragment' };

export type AwardEditionPhasePanel_EditionFragment = { __typename: 'AwardEdition', id: string, version: number, phase: AwardEditionPhase, country: { __typename: 'Country', code: string }, phaseHistory: Array<{ __typename: 'AwardEditionPhaseChange', id: string, fromPhase: AwardEditionPhase, toPhase: AwardEditionPhase, reason: string, changedAt: string, changedBy: string | null }> } & { ' $fragmentName'?: 'AwardEditionPhasePanel_EditionFragment' };

export type BestPracticeCandidates_EditionFragment = { __typename: 'AwardEdition', id: string, title: string, decision: { __typename: 'AwardDecision', winners: Array<{ __typename: 'Nomination', id: string, initiative: { __typename: 'Initiative', id: string, title: string } }> } | null } & { ' $fragmentName'?: 'BestPracticeCandidates_EditionFragment' };

export type BestPracticeCard_BestPracticeFragment = { __typename: 'BestPractice', id: string, approvedAt: string, themes: Array<string>, initiative: { __typename: 'Initiative', id: string, title: string }, edition: { __typename: 'AwardEdition', id: string, title: string, country: { __typename: 'Country', code: string, name: string } } } & { ' $fragmentName'?: 'BestPracticeCard_BestPracticeFragment' };

export type BestPracticeEditForm_BestPracticeFragment = { __typename: 'BestPractice', id: string, version: number, whatWorks: string, lessons: string, transferability: string, themes: Array<string> } & { ' $fragmentName'?: 'BestPracticeEditForm_BestPracticeFragment' };

export type BestPracticePanel_InitiativeFragment = { __typename: 'Initiative', id: string, bestPractice: (
    { __typename: 'BestPractice', id: string, edition: { __typename: 'AwardEdition', id: string, title: string } }
    & { ' $fragmentRefs'?: { 'BestPracticeTexts_BestPracticeFragment': BestPracticeTexts_BestPracticeFragment } }
  ) | null } & { ' $fragmentName'?: 'BestPracticePanel_InitiativeFragment' };

export type BestPracticeTexts_BestPracticeFragment = { __typename: 'BestPractice', id: string, whatWorks: string, lessons: string, transferability: string, themes: Array<string> } & { ' $fragmentName'?: 'BestPracticeTexts_BestPracticeFragment' };

export type CampaignEditForm_CampaignFragment = { __typename: 'Campaign', id: string, version: number, name: string, description: string, startsOn: string, endsOn: string | null } & { ' $fragmentName'?: 'CampaignEditForm_CampaignFragment' };

export type CampaignList_CampaignsFragment = (
  { __typename: 'Campaign', id: string, name: string, description: string, countryCode: string | null, startsOn: string, endsOn: string | null, reach: { __typename: 'Reach', publications: number, views: number, shares: number } }
  & { ' $fragmentRefs'?: { 'CampaignEditForm_CampaignFragment': CampaignEditForm_CampaignFragment } }
) & { ' $fragmentName'?: 'CampaignList_CampaignsFragment' };

export type CountryFilter_CountriesFragment = { __typename: 'Country', code: string, name: string } & { ' $fragmentName'?: 'CountryFilter_CountriesFragment' };

export type DecisionSummary_EditionFragment = { __typename: 'AwardEdition', id: string, decision: { __typename: 'AwardDecision', editionId: string, decidedAt: string, decidedBy: string | null, normalised: boolean, reason: string } | null } & { ' $fragmentName'?: 'DecisionSummary_EditionFragment' };

export type GuidelineCompareForm_GuidelineFragment = { __typename: 'Guideline', id: string, title: string, version: number } & { ' $fragmentName'?: 'GuidelineCompareForm_GuidelineFragment' };

export type GuidelineCriteria_GuidelineFragment = { __typename: 'Guideline', id: string, eligibilityRules: Array<{ __typename: 'EligibilityRule', key: string, text: string, checkedAtIntake: boolean }>, criteria: Array<{ __typename: 'Criterion', id: string, key: string, name: string, description: string, weight: number, scale: Array<{ __typename: 'ScaleLevel', score: number, descriptor: string }> }> } & { ' $fragmentName'?: 'GuidelineCriteria_GuidelineFragment' };

export type GuidelineDifferenceView_DifferenceFragment = { __typename: 'GuidelineDifference', title: { __typename: 'TextChange', from: string, to: string } | null, criteriaAdded: Array<{ __typename: 'Criterion', id: string, key: string, name: string }>, criteriaRemoved: Array<{ __typename: 'Criterion', id: string, key: string, name: string }>, criteriaChanged: Array<{ __typename: 'CriterionChange', key: string, changedFields: Array<CriterionField>, name: { __typename: 'TextChange', from: string, to: string } | null, description: { __typename: 'TextChange', from: string, to: string } | null, weight: { __typename: 'WeightChange', from: number, to: number } | null, scaleLevels: Array<{ __typename: 'ScaleLevelChange', score: number, from: string | null, to: string | null }>, to: { __typename: 'Criterion', id: string, name: string } }>, eligibilityRulesAdded: Array<{ __typename: 'EligibilityRule', key: string, text: string, checkedAtIntake: boolean }>, eligibilityRulesRemoved: Array<{ __typename: 'EligibilityRule', key: string, text: string }>, eligibilityRulesChanged: Array<{ __typename: 'EligibilityRuleChange', key: string, text: { __typename: 'TextChange', from: string, to: string } | null, checkedAtIntake: { __typename: 'IntakeFlagChange', from: boolean, to: boolean } | null }> } & { ' $fragmentName'?: 'GuidelineDifferenceView_DifferenceFragment' };

export type GuidelineDraftEditor_GuidelineFragment = { __typename: 'Guideline', id: string, revision: number, title: string, eligibilityRules: Array<{ __typename: 'EligibilityRule', key: string, text: string, checkedAtIntake: boolean }>, criteria: Array<{ __typename: 'Criterion', id: string, key: string, name: string, description: string, weight: number, scale: Array<{ __typename: 'ScaleLevel', score: number, descriptor: string }> }> } & { ' $fragmentName'?: 'GuidelineDraftEditor_GuidelineFragment' };

export type GuidelineVersionActions_GuidelineFragment = { __typename: 'Guideline', id: string, key: string, revision: number, publishedAt: string | null } & { ' $fragmentName'?: 'GuidelineVersionActions_GuidelineFragment' };

export type InitiativeArchiveControls_InitiativeFragment = { __typename: 'Initiative', id: string, version: number, listing: InitiativeListing } & { ' $fragmentName'?: 'InitiativeArchiveControls_InitiativeFragment' };

export type InitiativeCard_InitiativeFragment = { __typename: 'Initiative', id: string, title: string, summary: string, city: string | null, targetGroups: Array<TargetGroup>, country: { __typename: 'Country', code: string, name: string } | null, organization: { __typename: 'Organization', id: string, name: string } | null } & { ' $fragmentName'?: 'InitiativeCard_InitiativeFragment' };

export type InitiativeDescription_InitiativeFragment = { __typename: 'Initiative', id: string, description: string } & { ' $fragmentName'?: 'InitiativeDescription_InitiativeFragment' };

export type InitiativeEditForm_InitiativeFragment = { __typename: 'Initiative', id: string, version: number, title: string, summary: string, city: string | null, description: string, meetingPlace: string | null, meetingTimes: string | null, challenge: string, goals: string, howItWorks: string, results: string, evaluation: string, beneficiaries: string, funding: string, status: InitiativeStatus, targetGroups: Array<TargetGroup>, activities: Array<Activity>, latitude: number | null, longitude: number | null, startDate: string | null, endDate: string | null, participantsLocals: number, participantsMigrants: number, volunteers: number, languages: Array<string>, links: Array<string> } & { ' $fragmentName'?: 'InitiativeEditForm_InitiativeFragment' };

export type InitiativeFacts_InitiativeFragment = { __typename: 'Initiative', id: string, targetGroups: Array<TargetGroup>, activities: Array<Activity>, participantsLocals: number, participantsMigrants: number, volunteers: number } & { ' $fragmentName'?: 'InitiativeFacts_InitiativeFragment' };

export type InitiativeHeader_InitiativeFragment = { __typename: 'Initiative', id: string, title: string, summary: string, city: string | null, status: InitiativeStatus, country: { __typename: 'Country', code: string, name: string } | null, organization: { __typename: 'Organization', id: string, name: string } | null } & { ' $fragmentName'?: 'InitiativeHeader_InitiativeFragment' };

export type InitiativeMap_InitiativesFragment = { __typename: 'Initiative', id: string, title: string, latitude: number | null, longitude: number | null } & { ' $fragmentName'?: 'InitiativeMap_InitiativesFragment' };

export type InitiativeNominations_InitiativeFragment = { __typename: 'Initiative', id: string, nominations: Array<{ __typename: 'Nomination', id: string, status: NominationStatus, edition: { __typename: 'AwardEdition', id: string, title: string } }> } & { ' $fragmentName'?: 'InitiativeNominations_InitiativeFragment' };

export type InitiativePickerQueryVariables = Exact<{
  search?: string | null | undefined;
  countryCode: string | number;
  first: number;
}>;


export type InitiativePickerQuery = { initiatives: { __typename: 'InitiativeConnection', totalCount: number, nodes: Array<{ __typename: 'Initiative', id: string, title: string, city: string | null }> } };

export type InitiativeStories_InitiativeFragment = { __typename: 'Initiative', id: string, stories: Array<{ __typename: 'Story', id: string, title: string, summary: string, kind: StoryKind, storytellerName: string, storytellerRole: StorytellerRole, publishedAt: string | null }> } & { ' $fragmentName'?: 'InitiativeStories_InitiativeFragment' };

export type InitiativeWorkshopOutcomes_InitiativeFragment = { __typename: 'Initiative', id: string, workshopOutcomes: Array<{ __typename: 'WorkshopOutcome', id: string, kind: WorkshopOutcomeKind, text: string, followUpStatus: FollowUpStatus, workshop: { __typename: 'Workshop', id: string, title: string, city: string, startsOn: string } }> } & { ' $fragmentName'?: 'InitiativeWorkshopOutcomes_InitiativeFragment' };

export type JurorProgressTable_EditionFragment = { __typename: 'AwardEdition', id: string, juryProgress: Array<{ __typename: 'JurorProgress', jurorAccountId: string, displayName: string, toScore: number, submitted: number, drafts: number, conflicts: number }> } & { ' $fragmentName'?: 'JurorProgressTable_EditionFragment' };

export type JuryConflicts_EditionFragment = { __typename: 'AwardEdition', id: string, jury: Array<{ __typename: 'JuryMember', id: string, jurorAccountId: string, displayName: string }>, conflicts: Array<{ __typename: 'JuryConflict', id: string, jurorAccountId: string, nominationId: string, kind: ConflictKind, reason: string, declaredAt: string }>, nominations: { __typename: 'NominationConnection', nodes: Array<{ __typename: 'Nomination', id: string, initiative: { __typename: 'Initiative', id: string, title: string } }> } } & { ' $fragmentName'?: 'JuryConflicts_EditionFragment' };

export type JuryMembers_EditionFragment = { __typename: 'AwardEdition', id: string, jury: Array<{ __typename: 'JuryMember', id: string, jurorAccountId: string, displayName: string, assignedAt: string, assignedBy: string }> } & { ' $fragmentName'?: 'JuryMembers_EditionFragment' };

export type ManualBuilder_ManualFragment = { __typename: 'Manual', id: string, version: number, title: string, introduction: string, language: string, chapters: Array<{ __typename: 'ManualChapter', position: number, title: string, introduction: string, theme: string | null, bestPractices: Array<{ __typename: 'BestPractice', id: string }> }> } & { ' $fragmentName'?: 'ManualBuilder_ManualFragment' };

export type ManualBuilder_BestPracticesFragment = { __typename: 'BestPractice', id: string, initiative: { __typename: 'Initiative', id: string, title: string }, edition: { __typename: 'AwardEdition', id: string, title: string, phase: AwardEditionPhase, country: { __typename: 'Country', code: string, name: string } } } & { ' $fragmentName'?: 'ManualBuilder_BestPracticesFragment' };

export type ManualCard_ManualFragment = { __typename: 'Manual', id: string, title: string, status: ManualStatus, language: string, publishedAt: string | null, updatedAt: string } & { ' $fragmentName'?: 'ManualCard_ManualFragment' };

export type ManualChapters_ManualFragment = { __typename: 'Manual', id: string, introduction: string, chapters: Array<{ __typename: 'ManualChapter', position: number, title: string, introduction: string, theme: string | null, bestPractices: Array<{ __typename: 'BestPractice', id: string, initiative: { __typename: 'Initiative', id: string, title: string }, edition: { __typename: 'AwardEdition', id: string, title: string } }> }> } & { ' $fragmentName'?: 'ManualChapters_ManualFragment' };

export type ManualPublish_ManualFragment = { __typename: 'Manual', id: string, version: number, status: ManualStatus } & { ' $fragmentName'?: 'ManualPublish_ManualFragment' };

export type MembershipPipeline_OrganizationFragment = { __typename: 'Organization', id: string, version: number, membershipStage: MembershipStage, allowedMembershipMoves: Array<MembershipStage>, viewerCanMoveMembership: boolean, membershipHistory: Array<{ __typename: 'MembershipChange', id: string, fromStage: MembershipStage | null, toStage: MembershipStage, reason: string, changedAt: string, changedBy: string }> | null } & { ' $fragmentName'?: 'MembershipPipeline_OrganizationFragment' };

export type NominationCreateForm_EditionFragment = { __typename: 'AwardEdition', id: string, country: { __typename: 'Country', code: string } } & { ' $fragmentName'?: 'NominationCreateForm_EditionFragment' };

export type NominationEligibility_NominationFragment = { __typename: 'Nomination', id: string, version: number, status: NominationStatus, eligibility: Eligibility, eligibilityReason: string | null, screenedAt: string | null, eligibilityChecks: Array<{ __typename: 'NominationEligibilityCheck', rule: string, text: string, met: boolean, note: string | null }> | null, edition: { __typename: 'AwardEdition', id: string, phase: AwardEditionPhase, country: { __typename: 'Country', code: string }, guideline: { __typename: 'Guideline', id: string, eligibilityRules: Array<{ __typename: 'EligibilityRule', key: string, text: string }> } } } & { ' $fragmentName'?: 'NominationEligibility_NominationFragment' };

export type NominationShortlist_NominationFragment = { __typename: 'Nomination', id: string, version: number, status: NominationStatus, edition: { __typename: 'AwardEdition', id: string, phase: AwardEditionPhase, country: { __typename: 'Country', code: string } } } & { ' $fragmentName'?: 'NominationShortlist_NominationFragment' };

export type NominationSummary_NominationFragment = { __typename: 'Nomination', id: string, status: NominationStatus, statement: string, evidence: Array<string>, nominatedBy: string | null, nominatorEmail: string | null, submittedAt: string, withdrawnAt: string | null, withdrawalReason: string | null, initiative: { __typename: 'Initiative', id: string }, edition: { __typename: 'AwardEdition', id: string, title: string } } & { ' $fragmentName'?: 'NominationSummary_NominationFragment' };

export type NominationWithdraw_NominationFragment = { __typename: 'Nomination', id: string, version: number, viewerCanWithdraw: boolean } & { ' $fragmentName'?: 'NominationWithdraw_NominationFragment' };

export type OrganizationCard_OrganizationFragment = { __typename: 'Organization', id: string, name: string, kind: OrganizationKind, membershipStage: MembershipStage, country: { __typename: 'Country', code: string, name: string } } & { ' $fragmentName'?: 'OrganizationCard_OrganizationFragment' };

export type OrganizationContact_OrganizationFragment = { __typename: 'Organization', id: string, contactName: string | null, contactEmail: string | null, contactPhone: string | null } & { ' $fragmentName'?: 'OrganizationContact_OrganizationFragment' };

export type OrganizationProfile_OrganizationFragment = { __typename: 'Organization', id: string, name: string, kind: OrganizationKind, description: string, website: string | null, country: { __typename: 'Country', code: string, name: string } } & { ' $fragmentName'?: 'OrganizationProfile_OrganizationFragment' };

export type ProposalReview_ProposalFragment = { __typename: 'InitiativeProposal', id: string, language: string, submittedAt: string, organizationName: string | null, proposerName: string | null, proposerEmail: string | null, proposerEligibility: { __typename: 'IntakeEligibility', checks: Array<{ __typename: 'IntakeTraitCheck', trait: string, met: boolean }> } | null, country: { __typename: 'Country', code: string, name: string }, initiative: { __typename: 'Initiative', id: string, version: number, title: string, summary: string, city: string | null, meetingPlace: string | null, meetingTimes: string | null, organization: { __typename: 'Organization', id: string, name: string } | null } } & { ' $fragmentName'?: 'ProposalReview_ProposalFragment' };

export type PublicationReachForm_PublicationFragment = { __typename: 'Publication', id: string, version: number, views: number, shares: number } & { ' $fragmentName'?: 'PublicationReachForm_PublicationFragment' };

export type PublicationTable_PublicationsFragment = { __typename: 'Publication', id: string, channel: ConsentChannel, url: string | null, publishedAt: string, views: number, shares: number, takenDownAt: string | null, takedownNote: string | null, campaign: { __typename: 'Campaign', id: string, name: string } | null, story: { __typename: 'Story', id: string, title: string } | null } & { ' $fragmentName'?: 'PublicationTable_PublicationsFragment' };

export type RecordPublicationForm_StoriesFragment = { __typename: 'Story', id: string, title: string, consent: { __typename: 'Consent', id: string, channels: Array<ConsentChannel> } | null } & { ' $fragmentName'?: 'RecordPublicationForm_StoriesFragment' };

export type RecordPublicationForm_CampaignsFragment = { __typename: 'Campaign', id: string, name: string } & { ' $fragmentName'?: 'RecordPublicationForm_CampaignsFragment' };

export type ScorecardForm_NominationFragment = { __typename: 'Nomination', id: string, myScorecard: { __typename: 'Scorecard', id: string, version: number, status: ScorecardStatus, submittedAt: string | null, updatedAt: string, scores: Array<{ __typename: 'Score', criterion: string, score: number, comment: string }> } | null } & { ' $fragmentName'?: 'ScorecardForm_NominationFragment' };

export type ScorecardForm_GuidelineFragment = { __typename: 'Guideline', id: string, criteria: Array<{ __typename: 'Criterion', id: string, key: string, name: string, description: string, weight: number, scale: Array<{ __typename: 'ScaleLevel', score: number, descriptor: string }> }> } & { ' $fragmentName'?: 'ScorecardForm_GuidelineFragment' };

export type ScoringConflicts_EditionFragment = { __typename: 'AwardEdition', id: string, conflicts: Array<{ __typename: 'JuryConflict', id: string, nominationId: string, kind: ConflictKind, reason: string, declaredAt: string }> } & { ' $fragmentName'?: 'ScoringConflicts_EditionFragment' };

export type ScoringEditionQueryVariables = Exact<{
  id: string | number;
}>;


export type ScoringEditionQuery = { awardEdition: (
    { __typename: 'AwardEdition', id: string, guideline: { __typename: 'Guideline', id: string, criteria: Array<{ __typename: 'Criterion', id: string }> }, nominations: { __typename: 'NominationConnection', nodes: Array<{ __typename: 'Nomination', id: string, status: NominationStatus, initiative: { __typename: 'Initiative', id: string, title: string }, myScorecard: { __typename: 'Scorecard', id: string, status: ScorecardStatus, scores: Array<{ __typename: 'Score', criterion: string }> } | null }> } }
    & { ' $fragmentRefs'?: { 'ScoringConflicts_EditionFragment': ScoringConflicts_EditionFragment } }
  ) | null };

export type ScoringNomination_NominationFragment = { __typename: 'Nomination', id: string, statement: string, evidence: Array<string> } & { ' $fragmentName'?: 'ScoringNomination_NominationFragment' };

export type StoryCard_StoryFragment = { __typename: 'Story', id: string, title: string, summary: string, kind: StoryKind, status: StoryStatus, language: string, storytellerName: string, storytellerRole: StorytellerRole, themes: Array<StoryTheme>, country: { __typename: 'Country', code: string, name: string } } & { ' $fragmentName'?: 'StoryCard_StoryFragment' };

export type StoryConsent_ConsentFragment = { __typename: 'Consent', id: string, scope: ConsentScope, channels: Array<ConsentChannel>, mayShowName: boolean, mayShowImage: boolean, expiresAt: string | null, withdrawnAt: string | null, givenBy: ConsentGiver, givenAt: string, recordedAt: string, evidenceReference: string | null, recordedBy: string | null } & { ' $fragmentName'?: 'StoryConsent_ConsentFragment' };

export type StoryConsent_StoryFragment = { __typename: 'Story', id: string, consent: { __typename: 'Consent', id: string, scope: ConsentScope, channels: Array<ConsentChannel>, mayShowName: boolean, mayShowImage: boolean, expiresAt: string | null, withdrawnAt: string | null, givenBy: ConsentGiver, givenAt: string, recordedAt: string, evidenceReference: string | null, recordedBy: string | null } | null, consentHistory: Array<{ __typename: 'Consent', id: string, scope: ConsentScope, channels: Array<ConsentChannel>, mayShowName: boolean, mayShowImage: boolean, expiresAt: string | null, withdrawnAt: string | null, givenBy: ConsentGiver, givenAt: string, recordedAt: string, evidenceReference: string | null, recordedBy: string | null }> } & { ' $fragmentName'?: 'StoryConsent_StoryFragment' };

export type StoryEditForm_StoryFragment = { __typename: 'Story', id: string, version: number, title: string, summary: string, text: string, language: string, kind: StoryKind, storytellerRole: StorytellerRole, isMinor: boolean, themes: Array<StoryTheme>, riskFlags: Array<StorytellerRiskFlag>, country: { __typename: 'Country', code: string }, initiative: { __typename: 'Initiative', id: string, title: string } | null } & { ' $fragmentName'?: 'StoryEditForm_StoryFragment' };

export type StoryMediaEditForm_MediaFragment = { __typename: 'StoryMedia', id: string, version: number, caption: string, altText: string, showsStoryteller: boolean } & { ' $fragmentName'?: 'StoryMediaEditForm_MediaFragment' };

export type StoryMediaGallery_StoryFragment = { __typename: 'Story', id: string, media: Array<{ __typename: 'StoryMedia', id: string, kind: StoryMediaKind, url: string, caption: string, altText: string }> } & { ' $fragmentName'?: 'StoryMediaGallery_StoryFragment' };

export type StoryMediaManager_StoryFragment = { __typename: 'Story', id: string, media: Array<(
    { __typename: 'StoryMedia', id: string, kind: StoryMediaKind, url: string, caption: string, altText: string, byteSize: number, withheld: boolean }
    & { ' $fragmentRefs'?: { 'StoryMediaEditForm_MediaFragment': StoryMediaEditForm_MediaFragment } }
  )> } & { ' $fragmentName'?: 'StoryMediaManager_StoryFragment' };

export type StoryReview_StoryFragment = { __typename: 'Story', id: string, version: number, status: StoryStatus, needsSecondReviewer: boolean, statusHistory: Array<{ __typename: 'StoryStatusChange', id: string, fromStatus: StoryStatus, toStatus: StoryStatus, reason: string | null, changedAt: string, changedBy: string }> } & { ' $fragmentName'?: 'StoryReview_StoryFragment' };

export type StoryRisk_StoryFragment = { __typename: 'Story', id: string, riskFlags: Array<StorytellerRiskFlag>, needsSecondReviewer: boolean } & { ' $fragmentName'?: 'StoryRisk_StoryFragment' };

export type StoryText_StoryFragment = { __typename: 'Story', id: string, language: string, availableLanguages: Array<string>, kind: StoryKind, storytellerName: string, storytellerRole: StorytellerRole, isMinor: boolean, themes: Array<StoryTheme>, publishedAt: string | null, localized: { __typename: 'StoryText', language: string, title: string, summary: string, text: string, isTranslation: boolean }, country: { __typename: 'Country', code: string, name: string }, initiative: { __typename: 'Initiative', id: string, title: string } | null } & { ' $fragmentName'?: 'StoryText_StoryFragment' };

export type StoryTranslations_StoryFragment = { __typename: 'Story', id: string, language: string, translations: Array<{ __typename: 'StoryTranslation', id: string, language: string, title: string, summary: string, text: string, version: number }> } & { ' $fragmentName'?: 'StoryTranslations_StoryFragment' };

export type ApproveBestPracticeMutationVariables = Exact<{
  input: ApproveBestPracticeInput;
}>;


export type ApproveBestPracticeMutation = { approveBestPractice: { __typename: 'BestPracticePayload', bestPractice: { __typename: 'BestPractice', id: string, version: number, initiative: { __typename: 'Initiative', id: string } } } };

export type ArchiveInitiativeMutationVariables = Exact<{
  input: ArchiveInitiativeInput;
}>;


export type ArchiveInitiativeMutation = { archiveInitiative: { __typename: 'ArchiveInitiativePayload', initiative: (
      { __typename: 'Initiative', id: string }
      & { ' $fragmentRefs'?: { 'InitiativeArchiveControls_InitiativeFragment': InitiativeArchiveControls_InitiativeFragment } }
    ) } };

export type AssignJurorMutationVariables = Exact<{
  input: AssignJurorInput;
}>;


export type AssignJurorMutation = { assignJuror: { __typename: 'AssignJurorPayload', edition: (
      { __typename: 'AwardEdition', id: string, viewerIsJuror: boolean }
      & { ' $fragmentRefs'?: { 'JuryMembers_EditionFragment': JuryMembers_EditionFragment;'JurorProgressTable_EditionFragment': JurorProgressTable_EditionFragment } }
    ) } };

export type CreateAwardEditionMutationVariables = Exact<{
  input: CreateAwardEditionInput;
}>;


export type CreateAwardEditionMutation = { createAwardEdition: { __typename: 'CreateAwardEditionPayload', edition: { __typename: 'AwardEdition', id: string, version: number, title: string, phase: AwardEditionPhase } } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { __typename: 'CreateCampaignPayload', campaign: { __typename: 'Campaign', id: string, name: string } } };

export type CreateGuidelineDraftMutationVariables = Exact<{
  input: CreateGuidelineDraftInput;
}>;


export type CreateGuidelineDraftMutation = { createGuidelineDraft: { __typename: 'CreateGuidelineDraftPayload', guideline: { __typename: 'Guideline', id: string, key: string, version: number, revision: number } } };

export type CreateInitiativeMutationVariables = Exact<{
  input: CreateInitiativeInput;
}>;


export type CreateInitiativeMutation = { createInitiative: { __typename: 'CreateInitiativePayload', initiative: { __typename: 'Initiative', id: string, version: number, title: string } } };

export type CreateManualMutationVariables = Exact<{
  input: CreateManualInput;
}>;


export type CreateManualMutation = { createManual: { __typename: 'ManualPayload', manual: { __typename: 'Manual', id: string, version: number, title: string, status: ManualStatus } } };

export type CreateStoryMutationVariables = Exact<{
  input: CreateStoryInput;
}>;


export type CreateStoryMutation = { createStory: { __typename: 'CreateStoryPayload', story: { __typename: 'Story', id: string, title: string } } };

export type DeclareConflictMutationVariables = Exact<{
  input: DeclareConflictInput;
}>;


export type DeclareConflictMutation = { declareConflict: { __typename: 'DeclareConflictPayload', conflict: { __typename: 'JuryConflict', id: string, nominationId: string }, edition: (
      { __typename: 'AwardEdition', id: string }
      & { ' $fragmentRefs'?: { 'ScoringConflicts_EditionFragment': ScoringConflicts_EditionFragment } }
    ) } };

export type EraseStoryMutationVariables = Exact<{
  input: EraseStoryInput;
}>;


export type EraseStoryMutation = { eraseStory: { __typename: 'EraseStoryPayload', tombstone: { __typename: 'StoryTombstone', storyId: string, countryCode: string, erasedAt: string, erasedBy: string, reason: string }, publicationsToTakeDown: Array<(
      { __typename: 'Publication', id: string }
      & { ' $fragmentRefs'?: { 'PublicationTable_PublicationsFragment': PublicationTable_PublicationsFragment } }
    )> } };

export type MarkPublicationTakenDownMutationVariables = Exact<{
  input: MarkPublicationTakenDownInput;
}>;


export type MarkPublicationTakenDownMutation = { markPublicationTakenDown: { __typename: 'MarkPublicationTakenDownPayload', publication: { __typename: 'Publication', id: string, takenDownAt: string | null, takedownNote: string | null } } };

export type MoveAwardEditionPhaseMutationVariables = Exact<{
  input: MoveAwardEditionPhaseInput;
}>;


export type MoveAwardEditionPhaseMutation = { moveAwardEditionPhase: { __typename: 'MoveAwardEditionPhasePayload', edition: (
      { __typename: 'AwardEdition', id: string, updatedAt: string }
      & { ' $fragmentRefs'?: { 'AwardEditionPhasePanel_EditionFragment': AwardEditionPhasePanel_EditionFragment;'AwardEditionLinks_EditionFragment': AwardEditionLinks_EditionFragment } }
    ) } };

export type MoveMembershipMutationVariables = Exact<{
  input: MoveMembershipInput;
}>;


export type MoveMembershipMutation = { moveMembership: { __typename: 'MoveMembershipPayload', organization: (
      { __typename: 'Organization', id: string }
      & { ' $fragmentRefs'?: { 'MembershipPipeline_OrganizationFragment': MembershipPipeline_OrganizationFragment } }
    ) } };

export type MoveStoryStatusMutationVariables = Exact<{
  input: MoveStoryStatusInput;
}>;


export type MoveStoryStatusMutation = { moveStoryStatus: { __typename: 'MoveStoryStatusPayload', story: { __typename: 'Story', id: string, version: number, status: StoryStatus, publishedAt: string | null, updatedAt: string, statusHistory: Array<{ __typename: 'StoryStatusChange', id: string, fromStatus: StoryStatus, toStatus: StoryStatus, reason: string | null, changedAt: string, changedBy: string }> } } };

export type ProposeInitiativeMutationVariables = Exact<{
  input: ProposeInitiativeInput;
}>;


export type ProposeInitiativeMutation = { proposeInitiative: { __typename: 'ProposeInitiativePayload', proposalId: string, receivedAt: string } };

export type PublishGuidelineMutationVariables = Exact<{
  input: PublishGuidelineInput;
}>;


export type PublishGuidelineMutation = { publishGuideline: { __typename: 'PublishGuidelinePayload', guideline: { __typename: 'Guideline', id: string, revision: number, publishedAt: string | null, updatedAt: string } } };

export type PublishManualMutationVariables = Exact<{
  input: PublishManualInput;
}>;


export type PublishManualMutation = { publishManual: { __typename: 'ManualPayload', manual: (
      { __typename: 'Manual', id: string, version: number, status: ManualStatus, publishedAt: string | null }
      & { ' $fragmentRefs'?: { 'ManualChapters_ManualFragment': ManualChapters_ManualFragment;'ManualPublish_ManualFragment': ManualPublish_ManualFragment;'ManualCard_ManualFragment': ManualCard_ManualFragment } }
    ) } };

export type RecordAwardDecisionMutationVariables = Exact<{
  input: RecordAwardDecisionInput;
}>;


export type RecordAwardDecisionMutation = { recordAwardDecision: { __typename: 'RecordAwardDecisionPayload', decision: { __typename: 'AwardDecision', editionId: string, decidedAt: string, normalised: boolean }, edition: (
      { __typename: 'AwardEdition', id: string, phase: AwardEditionPhase, version: number, updatedAt: string, phaseHistory: Array<{ __typename: 'AwardEditionPhaseChange', id: string, fromPhase: AwardEditionPhase, toPhase: AwardEditionPhase, reason: string, changedAt: string, changedBy: string | null }> }
      & { ' $fragmentRefs'?: { 'DecisionSummary_EditionFragment': DecisionSummary_EditionFragment } }
    ) } };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { __typename: 'RecordConsentPayload', withdrawalCode: string, consent: { __typename: 'Consent', id: string } } };

export type RecordPublicationMutationVariables = Exact<{
  input: RecordPublicationInput;
}>;


export type RecordPublicationMutation = { recordPublication: { __typename: 'RecordPublicationPayload', publication: { __typename: 'Publication', id: string, channel: ConsentChannel } } };

export type RemoveJurorMutationVariables = Exact<{
  input: RemoveJurorInput;
}>;


export type RemoveJurorMutation = { removeJuror: { __typename: 'RemoveJurorPayload', jurorAccountId: string, edition: (
      { __typename: 'AwardEdition', id: string, viewerIsJuror: boolean }
      & { ' $fragmentRefs'?: { 'JuryMembers_EditionFragment': JuryMembers_EditionFragment;'JurorProgressTable_EditionFragment': JurorProgressTable_EditionFragment } }
    ) } };

export type RemoveStoryMediaMutationVariables = Exact<{
  input: RemoveStoryMediaInput;
}>;


export type RemoveStoryMediaMutation = { removeStoryMedia: { __typename: 'RemoveStoryMediaPayload', removedMediaId: string } };

export type RemoveStoryTranslationMutationVariables = Exact<{
  input: RemoveStoryTranslationInput;
}>;


export type RemoveStoryTranslationMutation = { removeStoryTranslation: { __typename: 'RemoveStoryTranslationPayload', story: { __typename: 'Story', id: string, availableLanguages: Array<string>, translations: Array<{ __typename: 'StoryTranslation', id: string, language: string, title: string, summary: string, text: string, version: number, updatedAt: string }> } } };

export type RestoreInitiativeMutationVariables = Exact<{
  input: RestoreInitiativeInput;
}>;


export type RestoreInitiativeMutation = { restoreInitiative: { __typename: 'RestoreInitiativePayload', initiative: (
      { __typename: 'Initiative', id: string }
      & { ' $fragmentRefs'?: { 'InitiativeArchiveControls_InitiativeFragment': InitiativeArchiveControls_InitiativeFragment } }
    ) } };

export type ReviewProposalMutationVariables = Exact<{
  input: ReviewProposalInput;
}>;


export type ReviewProposalMutation = { reviewProposal: { __typename: 'ReviewProposalPayload', proposal: { __typename: 'InitiativeProposal', id: string, state: ProposalState, reviewReason: string | null, reviewedAt: string | null }, initiative: { __typename: 'Initiative', id: string, listing: InitiativeListing, version: number } } };

export type ReviseBestPracticeMutationVariables = Exact<{
  input: ReviseBestPracticeInput;
}>;


export type ReviseBestPracticeMutation = { reviseBestPractice: { __typename: 'BestPracticePayload', bestPractice: (
      { __typename: 'BestPractice', id: string, version: number }
      & { ' $fragmentRefs'?: { 'BestPracticeEditForm_BestPracticeFragment': BestPracticeEditForm_BestPracticeFragment;'BestPracticeTexts_BestPracticeFragment': BestPracticeTexts_BestPracticeFragment;'BestPracticeCard_BestPracticeFragment': BestPracticeCard_BestPracticeFragment } }
    ) } };

export type ReviseGuidelineDraftMutationVariables = Exact<{
  input: ReviseGuidelineDraftInput;
}>;


export type ReviseGuidelineDraftMutation = { reviseGuidelineDraft: { __typename: 'ReviseGuidelineDraftPayload', guideline: (
      { __typename: 'Guideline', id: string, title: string, updatedAt: string }
      & { ' $fragmentRefs'?: { 'GuidelineCriteria_GuidelineFragment': GuidelineCriteria_GuidelineFragment;'GuidelineDraftEditor_GuidelineFragment': GuidelineDraftEditor_GuidelineFragment } }
    ) } };

export type ReviseManualMutationVariables = Exact<{
  input: ReviseManualInput;
}>;


export type ReviseManualMutation = { reviseManual: { __typename: 'ManualPayload', manual: (
      { __typename: 'Manual', id: string, version: number, title: string }
      & { ' $fragmentRefs'?: { 'ManualBuilder_ManualFragment': ManualBuilder_ManualFragment;'ManualChapters_ManualFragment': ManualChapters_ManualFragment;'ManualPublish_ManualFragment': ManualPublish_ManualFragment;'ManualCard_ManualFragment': ManualCard_ManualFragment } }
    ) } };

export type SaveScoresMutationVariables = Exact<{
  input: SaveScoresInput;
}>;


export type SaveScoresMutation = { saveScores: { __typename: 'SaveScoresPayload', scorecard: { __typename: 'Scorecard', id: string, nominationId: string, version: number, status: ScorecardStatus, submittedAt: string | null, updatedAt: string, scores: Array<{ __typename: 'Score', criterion: string, score: number, comment: string }> } } };

export type SaveStoryTranslationMutationVariables = Exact<{
  input: SaveStoryTranslationInput;
}>;


export type SaveStoryTranslationMutation = { saveStoryTranslation: { __typename: 'SaveStoryTranslationPayload', story: { __typename: 'Story', id: string, availableLanguages: Array<string>, translations: Array<{ __typename: 'StoryTranslation', id: string, language: string, title: string, summary: string, text: string, version: number, updatedAt: string }> } } };

export type ScreenNominationMutationVariables = Exact<{
  input: ScreenNominationInput;
}>;


export type ScreenNominationMutation = { screenNomination: { __typename: 'ScreenNominationPayload', nomination: (
      { __typename: 'Nomination', id: string, updatedAt: string }
      & { ' $fragmentRefs'?: { 'NominationSummary_NominationFragment': NominationSummary_NominationFragment;'NominationEligibility_NominationFragment': NominationEligibility_NominationFragment;'NominationShortlist_NominationFragment': NominationShortlist_NominationFragment;'NominationWithdraw_NominationFragment': NominationWithdraw_NominationFragment } }
    ) } };

export type ShortlistNominationMutationVariables = Exact<{
  input: ShortlistNominationInput;
}>;


export type ShortlistNominationMutation = { shortlistNomination: { __typename: 'ShortlistNominationPayload', nomination: (
      { __typename: 'Nomination', id: string, updatedAt: string }
      & { ' $fragmentRefs'?: { 'NominationSummary_NominationFragment': NominationSummary_NominationFragment;'NominationEligibility_NominationFragment': NominationEligibility_NominationFragment;'NominationShortlist_NominationFragment': NominationShortlist_NominationFragment;'NominationWithdraw_NominationFragment': NominationWithdraw_NominationFragment } }
    ) } };

export type StartGuidelineVersionMutationVariables = Exact<{
  input: StartGuidelineVersionInput;
}>;


export type StartGuidelineVersionMutation = { startGuidelineVersion: { __typename: 'StartGuidelineVersionPayload', guideline: { __typename: 'Guideline', id: string, key: string, version: number, revision: number } } };

export type SubmitNominationMutationVariables = Exact<{
  input: SubmitNominationInput;
}>;


export type SubmitNominationMutation = { submitNomination: { __typename: 'SubmitNominationPayload', nomination: { __typename: 'Nomination', id: string, version: number, status: NominationStatus, edition: { __typename: 'AwardEdition', id: string }, initiative: { __typename: 'Initiative', id: string } } } };

export type SubmitScorecardMutationVariables = Exact<{
  input: SubmitScorecardInput;
}>;


export type SubmitScorecardMutation = { submitScorecard: { __typename: 'SubmitScorecardPayload', scorecard: { __typename: 'Scorecard', id: string, nominationId: string, version: number, status: ScorecardStatus, submittedAt: string | null, updatedAt: string, scores: Array<{ __typename: 'Score', criterion: string, score: number, comment: string }> } } };

export type UpdateCampaignMutationVariables = Exact<{
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { updateCampaign: { __typename: 'UpdateCampaignPayload', campaign: (
      { __typename: 'Campaign', id: string, countryCode: string | null }
      & { ' $fragmentRefs'?: { 'CampaignEditForm_CampaignFragment': CampaignEditForm_CampaignFragment } }
    ) } };

export type UpdateInitiativeMutationVariables = Exact<{
  input: UpdateInitiativeInput;
}>;


export type UpdateInitiativeMutation = { updateInitiative: { __typename: 'UpdateInitiativePayload', initiative: (
      { __typename: 'Initiative', id: string }
      & { ' $fragmentRefs'?: { 'InitiativeEditForm_InitiativeFragment': InitiativeEditForm_InitiativeFragment } }
    ) } };

export type UpdatePublicationReachMutationVariables = Exact<{
  input: UpdatePublicationReachInput;
}>;


export type UpdatePublicationReachMutation = { updatePublicationReach: { __typename: 'UpdatePublicationReachPayload', publication: (
      { __typename: 'Publication', id: string }
      & { ' $fragmentRefs'?: { 'PublicationReachForm_PublicationFragment': PublicationReachForm_PublicationFragment } }
    ) } };

export type UpdateStoryMediaMutationVariables = Exact<{
  input: UpdateStoryMediaInput;
}>;


export type UpdateStoryMediaMutation = { updateStoryMedia: { __typename: 'UpdateStoryMediaPayload', media: { __typename: 'StoryMedia', id: string, version: number, caption: string, altText: string, showsStoryteller: boolean, withheld: boolean }, story: { __typename: 'Story', id: string, media: Array<{ __typename: 'StoryMedia', id: string, version: number, caption: string, altText: string, showsStoryteller: boolean, withheld: boolean }> } } };

export type UpdateStoryMutationVariables = Exact<{
  input: UpdateStoryInput;
}>;


export type UpdateStoryMutation = { updateStory: { __typename: 'UpdateStoryPayload', story: { __typename: 'Story', id: string, version: number, status: StoryStatus, title: string, summary: string, text: string, language: string, kind: StoryKind, storytellerName: string, storytellerRole: StorytellerRole, isMinor: boolean, themes: Array<StoryTheme>, riskFlags: Array<StorytellerRiskFlag>, needsSecondReviewer: boolean, updatedAt: string, initiative: { __typename: 'Initiative', id: string, title: string } | null } } };

export type WithdrawConflictDeclarationMutationVariables = Exact<{
  input: WithdrawConflictDeclarationInput;
}>;


export type WithdrawConflictDeclarationMutation = { withdrawConflictDeclaration: { __typename: 'WithdrawConflictDeclarationPayload', nominationId: string, edition: (
      { __typename: 'AwardEdition', id: string }
      & { ' $fragmentRefs'?: { 'ScoringConflicts_EditionFragment': ScoringConflicts_EditionFragment } }
    ) } };

export type WithdrawConsentMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { __typename: 'WithdrawConsentPayload', storyId: string, withdrawnAt: string, publicationsToTakeDown: Array<(
      { __typename: 'Publication', id: string }
      & { ' $fragmentRefs'?: { 'PublicationTable_PublicationsFragment': PublicationTable_PublicationsFragment } }
    )> } };

export type WithdrawConsentWithCodeMutationVariables = Exact<{
  input: WithdrawConsentWithCodeInput;
}>;


export type WithdrawConsentWithCodeMutation = { withdrawConsentWithCode: { __typename: 'WithdrawConsentWithCodePayload', withdrawnAt: string } };

export type WithdrawNominationMutationVariables = Exact<{
  input: WithdrawNominationInput;
}>;


export type WithdrawNominationMutation = { withdrawNomination: { __typename: 'WithdrawNominationPayload', nomination: (
      { __typename: 'Nomination', id: string, updatedAt: string }
      & { ' $fragmentRefs'?: { 'NominationSummary_NominationFragment': NominationSummary_NominationFragment;'NominationEligibility_NominationFragment': NominationEligibility_NominationFragment;'NominationShortlist_NominationFragment': NominationShortlist_NominationFragment;'NominationWithdraw_NominationFragment': NominationWithdraw_NominationFragment } }
    ) } };

export type AwardEditionRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardEditionRouteQuery = { awardEdition: (
    { __typename: 'AwardEdition', id: string, title: string }
    & { ' $fragmentRefs'?: { 'AwardEditionLinks_EditionFragment': AwardEditionLinks_EditionFragment;'AwardEditionPhasePanel_EditionFragment': AwardEditionPhasePanel_EditionFragment;'AwardEditionDeadlines_EditionFragment': AwardEditionDeadlines_EditionFragment;'AwardEditionNominations_EditionFragment': AwardEditionNominations_EditionFragment } }
  ) | null };

export type AwardEditionsRouteQueryVariables = Exact<{
  first: number;
  countryCode?: string | number | null | undefined;
  year?: number | null | undefined;
}>;


export type AwardEditionsRouteQuery = { awardEditions: { __typename: 'AwardEditionConnection', totalCount: number, nodes: Array<(
      { __typename: 'AwardEdition', id: string, phase: AwardEditionPhase }
      & { ' $fragmentRefs'?: { 'AwardEditionCard_EditionFragment': AwardEditionCard_EditionFragment } }
    )> }, countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )>, guidelines: Array<(
    { __typename: 'Guideline', id: string }
    & { ' $fragmentRefs'?: { 'AwardEditionCreateForm_GuidelineFragment': AwardEditionCreateForm_GuidelineFragment } }
  )> };

export type BestPracticeRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type BestPracticeRouteQuery = { bestPractice: (
    { __typename: 'BestPractice', id: string, version: number, approvedAt: string, approvedBy: string | null, initiative: { __typename: 'Initiative', id: string, title: string }, edition: { __typename: 'AwardEdition', id: string, title: string, year: number, country: { __typename: 'Country', code: string, name: string } }, nomination: { __typename: 'Nomination', id: string } }
    & { ' $fragmentRefs'?: { 'BestPracticeTexts_BestPracticeFragment': BestPracticeTexts_BestPracticeFragment;'BestPracticeEditForm_BestPracticeFragment': BestPracticeEditForm_BestPracticeFragment } }
  ) | null };

export type BestPracticesRouteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  countryCode?: string | null | undefined;
  theme?: string | null | undefined;
  approves: boolean;
  window: number;
}>;


export type BestPracticesRouteQuery = { bestPractices: { __typename: 'BestPracticeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'BestPracticeEdge', node: (
        { __typename: 'BestPractice', id: string }
        & { ' $fragmentRefs'?: { 'BestPracticeCard_BestPracticeFragment': BestPracticeCard_BestPracticeFragment } }
      ) }> }, countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )>, decided?: { __typename: 'AwardEditionConnection', nodes: Array<(
      { __typename: 'AwardEdition', id: string }
      & { ' $fragmentRefs'?: { 'BestPracticeCandidates_EditionFragment': BestPracticeCandidates_EditionFragment } }
    )> }, announced?: { __typename: 'AwardEditionConnection', nodes: Array<(
      { __typename: 'AwardEdition', id: string }
      & { ' $fragmentRefs'?: { 'BestPracticeCandidates_EditionFragment': BestPracticeCandidates_EditionFragment } }
    )> }, approved?: { __typename: 'BestPracticeConnection', nodes: Array<{ __typename: 'BestPractice', id: string, nomination: { __typename: 'Nomination', id: string } }> } };

export type CalibrationRouteQueryVariables = Exact<{
  key: string;
  year?: number | null | undefined;
  noKey: boolean;
}>;


export type CalibrationRouteQuery = { guidelines: Array<{ __typename: 'Guideline', id: string, key: string, title: string, version: number, publishedAt: string | null }>, awardCalibration?: { __typename: 'AwardCalibration', guidelineKey: string, year: number | null, meanWeightedScore: number | null, criteria: Array<{ __typename: 'CalibrationNorm', key: string, name: string, mean: number | null, editions: number }>, editions: Array<{ __typename: 'CalibrationEdition', countryCode: string, year: number, phase: AwardEditionPhase, guidelineVersion: number, jurors: number, submittedScorecards: number, meanWeightedScore: number | null, weightedScoreDifference: number | null, edition: { __typename: 'AwardEdition', id: string, title: string }, criteria: Array<{ __typename: 'CalibrationCriterion', key: string, name: string, scores: number, mean: number | null, standardDeviation: number | null, difference: number | null, distribution: Array<{ __typename: 'CalibrationLevel', score: number, count: number }> }>, jurorSpread: Array<{ __typename: 'CalibrationJuror', number: number, scorecards: number, meanWeightedScore: number, standardDeviation: number, differenceFromJury: number }> | null }> } };

export type GuidelineDifferenceRouteQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
}>;


export type GuidelineDifferenceRouteQuery = { guidelineDifference: { __typename: 'GuidelineDifference', from: { __typename: 'Guideline', id: string, title: string, version: number }, to: { __typename: 'Guideline', id: string, title: string, version: number }, title: { __typename: 'TextChange', from: string, to: string } | null, criteriaAdded: Array<{ __typename: 'Criterion', id: string, key: string, name: string }>, criteriaRemoved: Array<{ __typename: 'Criterion', id: string, key: string, name: string }>, criteriaChanged: Array<{ __typename: 'CriterionChange', key: string, changedFields: Array<CriterionField>, name: { __typename: 'TextChange', from: string, to: string } | null, description: { __typename: 'TextChange', from: string, to: string } | null, weight: { __typename: 'WeightChange', from: number, to: number } | null, scaleLevels: Array<{ __typename: 'ScaleLevelChange', score: number, from: string | null, to: string | null }>, to: { __typename: 'Criterion', id: string, name: string } }>, eligibilityRulesAdded: Array<{ __typename: 'EligibilityRule', key: string, text: string, checkedAtIntake: boolean }>, eligibilityRulesRemoved: Array<{ __typename: 'EligibilityRule', key: string, text: string }>, eligibilityRulesChanged: Array<{ __typename: 'EligibilityRuleChange', key: string, text: { __typename: 'TextChange', from: string, to: string } | null, checkedAtIntake: { __typename: 'IntakeFlagChange', from: boolean, to: boolean } | null }> } | null };

export type GuidelineEditRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type GuidelineEditRouteQuery = { guideline: (
    { __typename: 'Guideline', id: string, title: string, version: number, publishedAt: string | null }
    & { ' $fragmentRefs'?: { 'GuidelineDraftEditor_GuidelineFragment': GuidelineDraftEditor_GuidelineFragment } }
  ) | null };

export type GuidelineRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type GuidelineRouteQuery = { guideline: (
    { __typename: 'Guideline', id: string, key: string, title: string, version: number, publishedAt: string | null }
    & { ' $fragmentRefs'?: { 'GuidelineCriteria_GuidelineFragment': GuidelineCriteria_GuidelineFragment;'GuidelineVersionActions_GuidelineFragment': GuidelineVersionActions_GuidelineFragment } }
  ) | null, guidelines: Array<{ __typename: 'Guideline', id: string, key: string, version: number, publishedAt: string | null }> };

export type GuidelinesRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type GuidelinesRouteQuery = { guidelines: Array<(
    { __typename: 'Guideline', id: string, key: string, title: string, version: number, publishedAt: string | null }
    & { ' $fragmentRefs'?: { 'GuidelineCompareForm_GuidelineFragment': GuidelineCompareForm_GuidelineFragment } }
  )> };

export type JuryRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type JuryRouteQuery = { awardEdition: (
    { __typename: 'AwardEdition', id: string, title: string, phase: AwardEditionPhase, country: { __typename: 'Country', code: string }, jury: Array<{ __typename: 'JuryMember', id: string, jurorAccountId: string }> }
    & { ' $fragmentRefs'?: { 'JuryMembers_EditionFragment': JuryMembers_EditionFragment;'JurorProgressTable_EditionFragment': JurorProgressTable_EditionFragment;'JuryConflicts_EditionFragment': JuryConflicts_EditionFragment } }
  ) | null, accounts: { __typename: 'AccountConnection', nodes: Array<{ __typename: 'Account', id: string, displayName: string, email: string }> } };

export type ManualRouteQueryVariables = Exact<{
  id: string | number;
  edits: boolean;
  choices: number;
}>;


export type ManualRouteQuery = { manual: (
    { __typename: 'Manual', id: string, version: number, title: string, status: ManualStatus, language: string, publishedAt: string | null }
    & { ' $fragmentRefs'?: { 'ManualChapters_ManualFragment': ManualChapters_ManualFragment;'ManualBuilder_ManualFragment': ManualBuilder_ManualFragment;'ManualPublish_ManualFragment': ManualPublish_ManualFragment } }
  ) | null, bestPractices?: { __typename: 'BestPracticeConnection', nodes: Array<(
      { __typename: 'BestPractice', id: string }
      & { ' $fragmentRefs'?: { 'ManualBuilder_BestPracticesFragment': ManualBuilder_BestPracticesFragment } }
    )> } };

export type ManualsRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type ManualsRouteQuery = { manuals: Array<(
    { __typename: 'Manual', id: string }
    & { ' $fragmentRefs'?: { 'ManualCard_ManualFragment': ManualCard_ManualFragment } }
  )> };

export type NominationCreateRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type NominationCreateRouteQuery = { awardEdition: (
    { __typename: 'AwardEdition', id: string, title: string, phase: AwardEditionPhase, country: { __typename: 'Country', code: string } }
    & { ' $fragmentRefs'?: { 'NominationCreateForm_EditionFragment': NominationCreateForm_EditionFragment } }
  ) | null };

export type NominationRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type NominationRouteQuery = { nomination: (
    { __typename: 'Nomination', id: string, initiative: { __typename: 'Initiative', id: string, title: string }, edition: { __typename: 'AwardEdition', id: string } }
    & { ' $fragmentRefs'?: { 'NominationSummary_NominationFragment': NominationSummary_NominationFragment;'NominationEligibility_NominationFragment': NominationEligibility_NominationFragment;'NominationShortlist_NominationFragment': NominationShortlist_NominationFragment;'NominationWithdraw_NominationFragment': NominationWithdraw_NominationFragment } }
  ) | null };

export type ResultsRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type ResultsRouteQuery = { awardEdition: (
    { __typename: 'AwardEdition', id: string, title: string, phase: AwardEditionPhase, version: number, country: { __typename: 'Country', code: string } }
    & { ' $fragmentRefs'?: { 'DecisionSummary_EditionFragment': DecisionSummary_EditionFragment } }
  ) | null, awardResults: Array<{ __typename: 'AwardResult', rank: number, rawRank: number | null, normalisedRank: number | null, rawScore: number | null, normalisedScore: number | null, submittedScorecards: number | null, missingScorecards: number | null, tied: boolean, outcome: AwardOutcome | null, nomination: { __typename: 'Nomination', id: string, initiative: { __typename: 'Initiative', id: string, title: string } } }> };

export type ScoreRouteQueryVariables = Exact<{
  editionId: string | number;
  nominationId: string | number;
}>;


export type ScoreRouteQuery = { awardEdition: { __typename: 'AwardEdition', id: string, title: string, phase: AwardEditionPhase, viewerIsJuror: boolean, guideline: (
      { __typename: 'Guideline', id: string }
      & { ' $fragmentRefs'?: { 'ScorecardForm_GuidelineFragment': ScorecardForm_GuidelineFragment } }
    ), nominations: { __typename: 'NominationConnection', nodes: Array<{ __typename: 'Nomination', id: string, status: NominationStatus }> } } | null, nomination: (
    { __typename: 'Nomination', id: string, status: NominationStatus, initiative: { __typename: 'Initiative', id: string, title: string }, edition: { __typename: 'AwardEdition', id: string } }
    & { ' $fragmentRefs'?: { 'ScoringNomination_NominationFragment': ScoringNomination_NominationFragment;'ScorecardForm_NominationFragment': ScorecardForm_NominationFragment } }
  ) | null };

export type ScoringRouteQueryVariables = Exact<{
  first: number;
}>;


export type ScoringRouteQuery = { awardEditions: { __typename: 'AwardEditionConnection', nodes: Array<{ __typename: 'AwardEdition', id: string, title: string, viewerIsJuror: boolean }> } };

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
    & { ' $fragmentRefs'?: { 'InitiativeHeader_InitiativeFragment': InitiativeHeader_InitiativeFragment;'InitiativeArchiveControls_InitiativeFragment': InitiativeArchiveControls_InitiativeFragment;'InitiativeDescription_InitiativeFragment': InitiativeDescription_InitiativeFragment;'InitiativeFacts_InitiativeFragment': InitiativeFacts_InitiativeFragment;'InitiativeStories_InitiativeFragment': InitiativeStories_InitiativeFragment;'InitiativeNominations_InitiativeFragment': InitiativeNominations_InitiativeFragment;'InitiativeWorkshopOutcomes_InitiativeFragment': InitiativeWorkshopOutcomes_InitiativeFragment;'BestPracticePanel_InitiativeFragment': BestPracticePanel_InitiativeFragment } }
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


export type IntakeRouteQuery = { intakeTraits: Array<{ __typename: 'EligibilityRule', key: string, text: string }>, initiativeProposals: { __typename: 'InitiativeProposalConnection', totalCount: number, edges: Array<{ __typename: 'InitiativeProposalEdge', node: (
        { __typename: 'InitiativeProposal', id: string }
        & { ' $fragmentRefs'?: { 'ProposalReview_ProposalFragment': ProposalReview_ProposalFragment } }
      ) }> } };

export type ProposeRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposeRouteQuery = { intakeTraits: Array<{ __typename: 'EligibilityRule', key: string, text: string }>, countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )> };

export type PublicationsRouteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PublicationsRouteQuery = { publications: { __typename: 'PublicationConnection', totalCount: number, edges: Array<{ __typename: 'PublicationEdge', cursor: string, node: (
        { __typename: 'Publication', id: string }
        & { ' $fragmentRefs'?: { 'PublicationTable_PublicationsFragment': PublicationTable_PublicationsFragment;'PublicationReachForm_PublicationFragment': PublicationReachForm_PublicationFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, publicationReach: Array<{ __typename: 'ReachTotal', countryCode: string, channel: ConsentChannel, publications: number, views: number, shares: number }>, campaigns: { __typename: 'CampaignConnection', totalCount: number, nodes: Array<(
      { __typename: 'Campaign', id: string }
      & { ' $fragmentRefs'?: { 'CampaignList_CampaignsFragment': CampaignList_CampaignsFragment;'RecordPublicationForm_CampaignsFragment': RecordPublicationForm_CampaignsFragment } }
    )> }, publicationsToTakeDown: { __typename: 'PublicationConnection', totalCount: number, nodes: Array<(
      { __typename: 'Publication', id: string, storyId: string, countryCode: string }
      & { ' $fragmentRefs'?: { 'PublicationTable_PublicationsFragment': PublicationTable_PublicationsFragment } }
    )> }, storyTombstones: { __typename: 'StoryTombstoneConnection', nodes: Array<{ __typename: 'StoryTombstone', storyId: string }> }, countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )>, published: { __typename: 'StoryConnection', nodes: Array<(
      { __typename: 'Story', id: string }
      & { ' $fragmentRefs'?: { 'RecordPublicationForm_StoriesFragment': RecordPublicationForm_StoriesFragment } }
    )> } };

export type StoriesRouteQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  status?: StoryStatus | null | undefined;
  countryCode?: string | number | null | undefined;
  theme?: StoryTheme | null | undefined;
  kind?: StoryKind | null | undefined;
  language?: string | null | undefined;
}>;


export type StoriesRouteQuery = { stories: { __typename: 'StoryConnection', totalCount: number, edges: Array<{ __typename: 'StoryEdge', cursor: string, node: (
        { __typename: 'Story', id: string }
        & { ' $fragmentRefs'?: { 'StoryCard_StoryFragment': StoryCard_StoryFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )> };

export type StoryCreateRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type StoryCreateRouteQuery = { countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )> };

export type StoryEditRouteQueryVariables = Exact<{
  id: string | number;
}>;


export type StoryEditRouteQuery = { story: (
    { __typename: 'Story', id: string, title: string }
    & { ' $fragmentRefs'?: { 'StoryEditForm_StoryFragment': StoryEditForm_StoryFragment;'StoryTranslations_StoryFragment': StoryTranslations_StoryFragment;'StoryMediaManager_StoryFragment': StoryMediaManager_StoryFragment } }
  ) | null };

export type StoryReviewRouteQueryVariables = Exact<{
  first: number;
}>;


export type StoryReviewRouteQuery = { inReview: { __typename: 'StoryConnection', totalCount: number, nodes: Array<(
      { __typename: 'Story', id: string, needsSecondReviewer: boolean }
      & { ' $fragmentRefs'?: { 'StoryCard_StoryFragment': StoryCard_StoryFragment } }
    )> }, approved: { __typename: 'StoryConnection', totalCount: number, nodes: Array<(
      { __typename: 'Story', id: string, needsSecondReviewer: boolean }
      & { ' $fragmentRefs'?: { 'StoryCard_StoryFragment': StoryCard_StoryFragment } }
    )> } };

export type StoryRouteQueryVariables = Exact<{
  id: string | number;
  language: string;
}>;


export type StoryRouteQuery = { story: (
    { __typename: 'Story', id: string, title: string, status: StoryStatus, isMinor: boolean, country: { __typename: 'Country', code: string } }
    & { ' $fragmentRefs'?: { 'StoryText_StoryFragment': StoryText_StoryFragment;'StoryRisk_StoryFragment': StoryRisk_StoryFragment;'StoryConsent_StoryFragment': StoryConsent_StoryFragment;'StoryReview_StoryFragment': StoryReview_StoryFragment;'StoryMediaGallery_StoryFragment': StoryMediaGallery_StoryFragment } }
  ) | null, publications: { __typename: 'PublicationConnection', totalCount: number, nodes: Array<(
      { __typename: 'Publication', id: string }
      & { ' $fragmentRefs'?: { 'PublicationTable_PublicationsFragment': PublicationTable_PublicationsFragment } }
    )> } };

export type StoryTombstonesRouteQueryVariables = Exact<{
  countryCode?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type StoryTombstonesRouteQuery = { storyTombstones: { __typename: 'StoryTombstoneConnection', totalCount: number, edges: Array<{ __typename: 'StoryTombstoneEdge', cursor: string, node: { __typename: 'StoryTombstone', storyId: string, countryCode: string, recordedAt: string, publishedAt: string | null, consentWithdrawnAt: string | null, erasedAt: string, erasedBy: string, reason: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, countries: Array<(
    { __typename: 'Country', code: string }
    & { ' $fragmentRefs'?: { 'CountryFilter_CountriesFragment': CountryFilter_CountriesFragment } }
  )> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { __typename: 'Account', id: string, email: string, displayName: string, role: Role, countryCode: string | null, organization: { __typename: 'Organization', id: string, name: string } | null } | null };
