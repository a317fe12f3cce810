import type { GuidelineDraft } from '../guidelines/guideline.rules';

const scale = (...descriptors: [string, string, string, string, string]) =>
  descriptors.map((descriptor, i) => ({ score: i + 1, descriptor }));

/**
 * Version 1 of the European criteria set, drawn from the traits the campaign looked for in a
 * community-building initiative. Weights add up to 1 so a weighted score stays on the 1–5 scale.
 */
export const BEST_PRACTICE_GUIDELINES_V1: GuidelineDraft = {
  key: 'best-practice-guidelines',
  title: 'European guidelines for best practices of community building with forced migrants',
  // The four traits the campaign's intake looked for come first: the network's intake checks them
  // too (checkedAtIntake). The others only decide whether a nomination may compete for the award.
  eligibilityRules: [
    {
      key: 'runs-in-edition-country',
      text: 'The initiative runs in the country of the award edition.',
      checkedAtIntake: false,
    },
    {
      key: 'brings-locals-and-forced-migrants-together',
      text: 'It brings locals and forced migrants together: both take part as participants, not only as helpers and helped.',
      checkedAtIntake: true,
    },
    {
      key: 'fixed-meeting-place-and-regular-times',
      text: 'It has a fixed meeting place and regular times.',
      checkedAtIntake: true,
    },
    { key: 'promotes-social-inclusion', text: 'It promotes social inclusion.', checkedAtIntake: true },
    { key: 'benefits-locals-too', text: 'It benefits the locals too.', checkedAtIntake: true },
    {
      key: 'running-six-months',
      text: 'It has been running for at least six months when nominations close.',
      checkedAtIntake: false,
    },
    { key: 'not-for-profit', text: 'It is not run for profit.', checkedAtIntake: false },
    {
      key: 'organisers-consent',
      text: 'Its organisers agree to the nomination and to being contacted by the jury.',
      checkedAtIntake: false,
    },
  ],
  criteria: [
    {
      key: 'brings-people-together',
      name: 'Brings locals and forced migrants together',
      description: 'People meet as equals and do something together, rather than one group serving the other.',
      weight: 0.25,
      scale: scale(
        'Locals and forced migrants rarely meet; activities are run for one group by the other.',
        'They meet occasionally, mostly in separate roles.',
        'They meet regularly and some activities are done together.',
        'Most activities are done together and both groups shape them.',
        'Locals and forced migrants plan, run and take part in the initiative as equals.',
      ),
    },
    {
      key: 'fixed-place-regular-times',
      name: 'A fixed meeting place and regular times',
      description: 'Relationships grow where people know where and when they will see each other again.',
      weight: 0.2,
      scale: scale(
        'No fixed place or schedule; meetings happen when someone organises one.',
        'A usual place, but meetings are irregular.',
        'A fixed place and a schedule that is mostly kept.',
        'A fixed, welcoming place and regular times that participants rely on.',
        'A fixed place and regular times that participants treat as their own and help keep going.',
      ),
    },
    {
      key: 'social-inclusion',
      name: 'Promotes social inclusion',
      description: 'Forced migrants gain contacts, confidence and access to the wider community beyond the initiative.',
      weight: 0.2,
      scale: scale(
        "Participation does not change anyone's place in the wider community.",
        'Some participants make contacts outside their own group.',
        'Participants gain contacts and confidence that they use outside the initiative.',
        'The initiative opens doors to education, work, housing or local life for many participants.',
        'Participants become active members of the wider community and bring others in.',
      ),
    },
    {
      key: 'benefits-locals-too',
      name: 'Benefits the locals too',
      description:
        'Locals gain something real (friendships, skills, a livelier neighbourhood), not only the chance to help.',
      weight: 0.15,
      scale: scale(
        'Locals take part only as helpers and gain nothing for themselves.',
        'A few locals mention a personal gain.',
        'Locals clearly gain friendships, skills or new views.',
        'Locals take part for their own benefit as much as to help.',
        'The local community as a whole is visibly better off and says so.',
      ),
    },
    {
      key: 'transferable-sustainable',
      name: 'Transferable and sustainable',
      description:
        'Others could start the same elsewhere, and it keeps going without depending on one person or one grant.',
      weight: 0.2,
      scale: scale(
        'Depends on one person or one grant; hard to repeat elsewhere.',
        'Could be repeated with much effort; its future is uncertain.',
        'Its method is clear enough to repeat; funding or volunteers are secured for a while.',
        'Already repeated or adapted elsewhere, or has stable volunteers and means.',
        'Documented, repeated in several places and able to keep going on its own.',
      ),
    },
  ],
};
