/**
 * The operation every rendering runs through the gateway's normal pipeline, as the caller: `manual`
 * is null for a draft the caller may not read, each initiative's stories are those the caller may
 * see, and its workshop outcomes are those the caller may read. The consent of each story comes
 * along because a staff caller sees more than the public, and a manual prints only stories whose
 * consent is public and covers print (see `printable-manual.ts`).
 */
export const MANUAL_OPERATION = /* GraphQL */ `
  query ManualForPrint($id: ID!) {
    manual(id: $id) {
      id
      title
      introduction
      language
      status
      publishedAt
      updatedAt
      version
      chapters {
        position
        title
        introduction
        theme
        bestPractices {
          id
          countryCode
          whatWorks
          lessons
          transferability
          themes
          approvedAt
          edition {
            id
            title
            year
            country {
              code
              name
            }
          }
          initiative {
            id
            title
            summary
            city
            meetingPlace
            country {
              code
              name
            }
            organization {
              name
            }
            challenge
            goals
            howItWorks
            beneficiaries
            results
            evaluation
            funding
            participantsLocals
            participantsMigrants
            volunteers
            stories {
              id
              title
              summary
              text
              language
              storytellerName
              status
              publishedAt
              translations {
                language
                title
                summary
                text
              }
              consent {
                scope
                channels
                withdrawnAt
                expiresAt
              }
            }
            workshopOutcomes {
              id
              kind
              text
              workshop {
                id
                title
                city
                startsOn
                country {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`;

export type ManualStatus = 'DRAFT' | 'PUBLISHED';
export type ConsentScope = 'INTERNAL' | 'NETWORK' | 'PUBLIC';
export type ConsentChannel = 'FACEBOOK' | 'FLICKR' | 'PRESS' | 'PRINT' | 'TWITTER' | 'WEBSITE' | 'YOUTUBE';
export type WorkshopOutcomeKind = 'ADVOCACY_MESSAGE' | 'COMMITMENT' | 'LESSON_LEARNED' | 'RECOMMENDATION';

export interface ManualStory {
  id: string;
  title: string;
  summary: string;
  text: string;
  language: string;
  storytellerName: string;
  status: string;
  translations: { language: string; title: string; summary: string; text: string }[];
  publishedAt: string | null;
  consent: {
    scope: ConsentScope;
    channels: ConsentChannel[];
    withdrawnAt: string | null;
    expiresAt: string | null;
  } | null;
}

export interface ManualWorkshopOutcome {
  id: string;
  kind: WorkshopOutcomeKind;
  text: string;
  workshop: { id: string; title: string; city: string; startsOn: string; country: { name: string } };
}

export interface ManualInitiative {
  id: string;
  title: string;
  summary: string;
  city: string | null;
  meetingPlace: string | null;
  country: { code: string; name: string } | null;
  organization: { name: string } | null;
  challenge: string;
  goals: string;
  howItWorks: string;
  beneficiaries: string;
  results: string;
  evaluation: string;
  funding: string;
  participantsLocals: number;
  participantsMigrants: number;
  volunteers: number;
  stories: ManualStory[];
  workshopOutcomes: ManualWorkshopOutcome[];
}

export interface ManualBestPractice {
  id: string;
  countryCode: string;
  whatWorks: string;
  lessons: string;
  transferability: string;
  themes: string[];
  approvedAt: string;
  edition: { id: string; title: string; year: number; country: { code: string; name: string } };
  initiative: ManualInitiative;
}

export interface ManualChapter {
  position: number;
  title: string;
  introduction: string;
  theme: string | null;
  bestPractices: ManualBestPractice[];
}

export interface Manual {
  id: string;
  title: string;
  introduction: string;
  language: string;
  status: ManualStatus;
  publishedAt: string | null;
  updatedAt: string;
  version: number;
  chapters: ManualChapter[];
}

export interface ManualData {
  manual: Manual | null;
}
