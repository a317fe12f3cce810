import type { WorkshopOutcomeKind } from '../workshop-outcomes/workshop-outcome.enums';

/** An outcome text, and the way of bringing people together it is about, if it is about one. */
export interface OutcomeText {
  text: string;
  activity?: string;
}

type Texts = Readonly<Record<WorkshopOutcomeKind, readonly OutcomeText[]>>;

/** What national workshops of a community-building network typically conclude, by kind. */
export const NATIONAL_WORKSHOP_OUTCOMES: Texts = {
  LESSON_LEARNED: [
    { text: 'Mixed football teams need a fixed weekly slot and a volunteer coordinator', activity: 'SPORTS' },
    {
      text: 'Host families stay longer in the programme when they meet the other host families every month',
      activity: 'ACCOMMODATION',
    },
    {
      text: 'Language cafés keep newcomers coming back when locals also get to learn a language there',
      activity: 'LANGUAGE_EXCHANGE',
    },
    { text: 'Evening meetings suit newcomers who work; weekend mornings suit families with children' },
    { text: 'A fixed meeting place matters more than a central one: people return to a room they know' },
    { text: 'Initiatives run only by volunteers stall when the coordinator leaves; a deputy has to be trained early' },
    {
      text: 'Mentoring pairs last longer with a short written agreement on how often they meet',
      activity: 'MENTORING',
    },
    { text: 'Locals join when the activity is useful to them too, not when it is presented as charity' },
    {
      text: 'Schools reach parents that no association reaches: invite them through their children',
      activity: 'EDUCATION',
    },
    { text: 'Shared cooking evenings need a clear rule on who pays for the groceries', activity: 'RECREATION' },
  ],
  RECOMMENDATION: [
    {
      text: 'Municipalities should let mixed sports teams use public fields free of charge on weekday evenings',
      activity: 'SPORTS',
    },
    { text: 'Reception centres should let residents join local activities without curfews that end them halfway' },
    { text: 'Funders should accept volunteer hours as co-financing from small community groups' },
    {
      text: 'Conversation groups with locals should count towards the hours of the mandatory language course',
      activity: 'LANGUAGE_EXCHANGE',
    },
    { text: 'Every school should name one teacher as the contact for newly arrived families', activity: 'EDUCATION' },
    { text: 'Regional authorities should publish a yearly map of the community-building initiatives in their area' },
    {
      text: 'Host-family programmes need a public insurance scheme that covers both guests and hosts',
      activity: 'ACCOMMODATION',
    },
    { text: 'Job centres should recognise volunteering in a community initiative as a step towards employment' },
  ],
  COMMITMENT: [
    {
      text: "The city's sports office will reserve two evening slots a week for mixed teams from September",
      activity: 'SPORTS',
    },
    { text: 'The national partner will train new initiative coordinators before the summer' },
    { text: 'Three parishes agreed to open their halls for a shared weekly meal', activity: 'RECREATION' },
    {
      text: 'The university will give credits to students who mentor a newcomer for a whole semester',
      activity: 'MENTORING',
    },
    { text: 'Partner organisations will keep one shared calendar of activities for the whole city' },
    { text: 'The municipality will waive room rental fees for registered community-building initiatives' },
    { text: 'Two initiatives will exchange volunteers for a month to learn from each other' },
  ],
  ADVOCACY_MESSAGE: [
    { text: 'Integration happens in neighbourhoods: fund the places where locals and refugees meet every week' },
    {
      text: 'Community-building initiatives benefit locals too; treat them as social policy, not only migration policy',
    },
    { text: 'Stable meeting places need stable funding: multi-year grants instead of yearly calls' },
    { text: 'Refugees are neighbours, team-mates and colleagues, not only beneficiaries' },
    { text: 'Volunteers need training and recognition, not only thanks' },
    {
      text: 'A language is learned in conversation: support tandems alongside formal courses',
      activity: 'LANGUAGE_EXCHANGE',
    },
  ],
};

/** What trainings on communication strategies typically conclude, by kind. */
export const COMMUNICATION_TRAINING_OUTCOMES: Texts = {
  LESSON_LEARNED: [
    { text: 'Stories told in the first person reach more people than figures, but only with informed consent' },
    { text: 'Faces and meeting places must not be shown without written consent for each publication' },
    { text: 'Short videos in the local language are shared far more than long reports in English' },
  ],
  RECOMMENDATION: [
    { text: 'Every initiative should name one person who answers journalists and knows the consent rules' },
    { text: 'Brief local media before an event, so that coverage does not expose participants' },
    { text: 'Publish stories together with the people who tell them, and let them withdraw at any time' },
  ],
  COMMITMENT: [
    { text: 'Each partner will publish one story a month with the #IGetYou hashtag' },
    { text: 'The national partners will share one consent form, translated into every language of the network' },
  ],
  ADVOCACY_MESSAGE: [
    { text: 'I get you: meeting each other changes how we see each other' },
    { text: 'Behind every figure on migration there are neighbours who cook, play and learn together' },
  ],
};
