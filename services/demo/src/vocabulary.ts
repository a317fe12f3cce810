export const TARGET_GROUPS = [
  'FAMILIES',
  'UNIVERSITY_STUDENTS',
  'SCHOOL_PUPILS',
  'ELDERLY_PEOPLE',
  'PARISHIONERS',
  'NEIGHBOURS',
  'OTHER',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const ACTIVITIES = [
  'ACCOMMODATION',
  'SPORTS',
  'RECREATION',
  'EDUCATION',
  'CULTURE',
  'LANGUAGE_EXCHANGE',
  'MENTORING',
  'OTHER',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const ORGANIZATION_KINDS = [
  'JRS_OFFICE',
  'NGO',
  'FAITH_COMMUNITY',
  'SCHOOL',
  'UNIVERSITY',
  'MUNICIPALITY',
  'COMMUNITY_GROUP',
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const MEMBERSHIP_STAGES = ['IDENTIFIED', 'CONTACTED', 'INVITED', 'MEMBER', 'DECLINED', 'INACTIVE'] as const;
export type MembershipStage = (typeof MEMBERSHIP_STAGES)[number];

export const INITIATIVE_STATUSES = ['ACTIVE', 'PAUSED', 'ENDED'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The moves the membership pipeline allows, from each stage (null: not yet in the pipeline). */
export const MEMBERSHIP_MOVES: Readonly<Record<MembershipStage | 'NONE', readonly MembershipStage[]>> = {
  NONE: ['IDENTIFIED'],
  IDENTIFIED: ['CONTACTED', 'DECLINED'],
  CONTACTED: ['INVITED', 'DECLINED'],
  INVITED: ['MEMBER', 'DECLINED'],
  MEMBER: ['INACTIVE'],
  DECLINED: ['CONTACTED'],
  INACTIVE: ['MEMBER'],
};

export function isAllowedMove(from: MembershipStage | null, to: MembershipStage): boolean {
  return MEMBERSHIP_MOVES[from ?? 'NONE'].includes(to);
}

/** Fictional staff: "example" in each language, so nobody mistakes them for real people. */
export const EUROPEAN_COORDINATOR = 'Alex Sample';
export const DEMO_STAFF: readonly string[] = [
  EUROPEAN_COORDINATOR,
  'Giulia Esempio',
  'Camille Exemple',
  'Erika Musterfrau',
  'Jan Voorbeeld',
  'Lucía Ejemplo',
  'Joana Exemplo',
  'Ivana Primjer',
];

/** Why an organisation moved between two stages, by `from→to` (`null` written as `NONE`). */
export const MOVE_REASONS: Readonly<Record<string, readonly string[]>> = {
  'NONE→IDENTIFIED': [
    'Found during the national mapping of community-building initiatives',
    'Nominated through the public nomination form',
    'Described itself through the national questionnaire',
    'Suggested by a member organisation in the same city',
  ],
  'IDENTIFIED→CONTACTED': [
    'First phone call with the national coordinator',
    'Met at a local networking event',
    'Introduction email about the network answered',
  ],
  'CONTACTED→INVITED': [
    'Site visit: fixed meeting place, regular times, locals and migrants together',
    'Questionnaire reviewed; meets the network criteria',
    'Recommended for membership at the national partners meeting',
  ],
  'INVITED→MEMBER': [
    'Signed the network charter',
    'Accepted the invitation at the national network meeting',
    'Membership confirmed by the board',
  ],
  'IDENTIFIED→DECLINED': ['No capacity to take part this year', 'Prefers to stay outside networks for now'],
  'CONTACTED→DECLINED': [
    'Does not bring locals and migrants together on a regular basis',
    'No capacity to take part this year',
  ],
  'INVITED→DECLINED': ['Board decided not to join for now', 'Volunteers too busy to take part in network meetings'],
  'DECLINED→CONTACTED': ['Got back in touch after new volunteers joined', 'New coordinator asked to talk again'],
  'MEMBER→INACTIVE': [
    'No reply to three follow-ups; activities on hold',
    'Coordinator left and activities are suspended',
  ],
  'INACTIVE→MEMBER': ['Activities restarted with a new team', 'Found a new meeting place and resumed'],
};

/** Reasons used for the national partners (JRS offices), which join the network at its start. */
export const PARTNER_REASONS: Readonly<Record<string, string>> = {
  'NONE→IDENTIFIED': 'National partner of the campaign',
  'IDENTIFIED→CONTACTED': 'Kick-off meeting of the national partners',
  'CONTACTED→INVITED': 'Invited as national partner',
  'INVITED→MEMBER': 'Partnership agreement signed',
};
