import { demoId } from '@best/demo';

/**
 * The demo juries that scored, as plain data: who sat on them and what each juror gave each scored
 * nomination. None of these jurors has a network account (their ids are made up for the demo, unlike
 * the demo juror's), so nobody signs in as them: they are there so that an edition has scores from
 * several jurors, and the rankings something to rank.
 *
 * A card is written one digit per criterion of the demo guideline, in its order (1–5 each):
 * '33323' is submitted; a '-' marks a criterion not scored yet and makes the card a draft; null is a
 * declared conflict, and no card at all.
 */
export interface DemoJuror {
  slug: string;
  displayName: string;
  /** How the juror scores on the whole: the harsh and the lenient one are why the normalised ranking exists. */
  leaning: 'harsh' | 'lenient' | 'middling';
}

export interface DemoJudging {
  countryCode: string;
  year: number;
  assignedAt: string;
  assignedBy: string;
  jurors: readonly DemoJuror[];
  /** By juror slug, one card per scored nomination (the edition's first nominations, in the order of its statuses). */
  cards: Readonly<Record<string, readonly (string | null)[]>>;
  /** Why the juror whose card is null declared a conflict with that nomination. */
  conflictReason?: string;
}

export const demoJurorId = (slug: string) => demoId('awards-demo-juror', slug);

/**
 * France 2017, in judging: the lenient juror declared a conflict with the first nomination (so its
 * raw mean lacks their generous card and it ranks second raw, first normalised), the middling juror
 * still has a draft for the fifth, and the third and fourth got the same cards from everyone: a tie.
 */
const FRANCE: DemoJudging = {
  countryCode: 'FR',
  year: 2017,
  assignedAt: '2017-06-19T09:00:00Z',
  assignedBy: 'National coordinator FR (demo)',
  jurors: [
    { slug: 'fr-helene-marchand', displayName: 'Hélène Marchand', leaning: 'harsh' },
    { slug: 'fr-thomas-lefevre', displayName: 'Thomas Lefèvre', leaning: 'lenient' },
    { slug: 'fr-amina-diallo', displayName: 'Amina Diallo', leaning: 'middling' },
  ],
  cards: {
    'fr-helene-marchand': ['33323', '22222', '22322', '22322', '11211'],
    'fr-thomas-lefevre': [null, '55455', '45454', '45454', '44444'],
    'fr-amina-diallo': ['43434', '33433', '33333', '33333', '343--'],
  },
  conflictReason: 'I volunteered with this initiative in 2016 and still know its organisers well.',
};

/**
 * Germany 2017, decided: everyone scored everything. The lenient juror spreads their scores widely, the
 * harsh and the middling one narrowly, so the raw means put the second nomination first while the
 * normalised ranking (which the decision follows) keeps the first on top.
 */
const GERMANY: DemoJudging = {
  countryCode: 'DE',
  year: 2017,
  assignedAt: '2017-05-22T09:00:00Z',
  assignedBy: 'National coordinator DE (demo)',
  jurors: [
    { slug: 'de-katrin-vogel', displayName: 'Katrin Vogel', leaning: 'harsh' },
    { slug: 'de-jonas-becker', displayName: 'Jonas Becker', leaning: 'lenient' },
    { slug: 'de-samir-haddad', displayName: 'Samir Haddad', leaning: 'middling' },
  ],
  cards: {
    'de-katrin-vogel': ['22323', '22222', '21212', '12121', '11211'],
    'de-jonas-becker': ['44444', '55555', '55455', '34343', '43434'],
    'de-samir-haddad': ['43434', '33433', '33333', '32323', '23222'],
  },
};

/**
 * Italy 2017, announced: a more lenient jury on the whole than Germany's (its harsh juror scores like
 * Germany's middling one), so the calibration of the two juries judged by the same guideline has
 * something to show. Every juror orders the nominations alike: both rankings agree with the decision.
 */
const ITALY: DemoJudging = {
  countryCode: 'IT',
  year: 2017,
  assignedAt: '2017-05-29T09:00:00Z',
  assignedBy: 'National coordinator IT (demo)',
  jurors: [
    { slug: 'it-giulia-romano', displayName: 'Giulia Romano', leaning: 'harsh' },
    { slug: 'it-marco-esposito', displayName: 'Marco Esposito', leaning: 'lenient' },
    { slug: 'it-fatima-benali', displayName: 'Fatima Benali', leaning: 'middling' },
  ],
  cards: {
    'it-giulia-romano': ['44343', '33433', '33333', '32323', '23232', '22322', '22222', '21212'],
    'it-marco-esposito': ['55555', '55455', '54545', '45454', '44544', '44444', '43434', '34343'],
    'it-fatima-benali': ['54545', '44544', '44444', '43434', '34343', '33433', '33333', '23232'],
  },
};

export const DEMO_JUDGINGS: readonly DemoJudging[] = [FRANCE, GERMANY, ITALY];

/** How a juror of each leaning opens a comment; the rest is the scale level's descriptor. */
export const COMMENT_OPENINGS: Readonly<Record<DemoJuror['leaning'], readonly string[]>> = {
  harsh: ['On the evidence given, at best:', 'Not shown convincingly;', 'Only partly:'],
  lenient: ['A real strength:', 'Clearly,', 'Impressive:'],
  middling: ['From the statement and the visit:', 'As far as we could see,', 'On balance:'],
};
