import { In, type DataSource } from 'typeorm';
import { demoId } from '@best/demo';
import { BestPractice } from '../best-practices/best-practice.entity';
import { ManualChapter, type PublishedBestPracticeTexts } from '../manuals/manual-chapter.entity';
import { Manual } from '../manuals/manual.entity';
import { ManualStatus } from '../manuals/manual.enums';
import { Nomination } from '../nominations/nomination.entity';
import { NominationStatus } from '../nominations/nomination.enums';

const APPROVED_BY = 'European coordination (demo)';

interface DemoBestPractice {
  countryCode: string;
  year: number;
  /** The demo initiative that won the edition (services/demo), whose texts these are. */
  initiativeId: string;
  approvedAt: string;
  whatWorks: string;
  lessons: string;
  transferability: string;
  themes: string[];
}

/** The winners of the decided (Germany) and announced (Italy) demo editions, approved at European level. */
const DEMO_BEST_PRACTICES: readonly DemoBestPractice[] = [
  {
    countryCode: 'IT',
    year: 2017,
    // Host families for newcomers in Roma, run by JRS Italia (demo).
    initiativeId: 'b165766b-9f93-50e1-bedd-25fcf05d57f4',
    approvedAt: '2017-10-02T09:30:00Z',
    whatWorks:
      'Families in Roma host a refugee in their spare room for six to twelve months. Before anyone moves in, ' +
      'hosts and guests each take part in two preparation sessions on expectations, house rules and what to do ' +
      'when things go wrong. A mentor is on call for every pair, and all host families meet once a month to ' +
      'compare notes. Living together turns a newcomer into a neighbour: guests speak Italian every day, find ' +
      "work through the families' contacts, and hosts start to see their own street differently.",
    lessons:
      'Matching takes time: pairs who met at least twice before moving in stayed together far more often than ' +
      'pairs matched on paper. The monthly meeting of host families matters as much as the mentor, because hosts ' +
      'learn from each other how to talk about money, privacy and visitors. Agree the end date at the start and ' +
      'begin looking for the next home from the fourth month; otherwise the end of a stay feels like an eviction.',
    transferability:
      'Works in any city with a housing shortage and families who have a spare room. It needs one paid ' +
      'coordinator for about twenty pairs, a volunteer mentor for every five, a written hosting agreement and ' +
      'insurance checked with a local insurer. Start with ten families found through parishes and schools, and ' +
      "hold the preparation sessions in the guests' languages (in Roma, Italian and Farsi).",
    themes: ['hosting', 'mentoring', 'families'],
  },
  {
    countryCode: 'DE',
    year: 2017,
    // Women's running and swimming club in Nürnberg, run by Gesamtschule Am Mühlenweg.
    initiativeId: 'e94ccc89-c2ed-56af-9c5f-8b9e75770b9b',
    approvedAt: '2017-09-29T14:00:00Z',
    whatWorks:
      'Local women and women who arrived as refugees run together twice a week and swim in a women-only slot ' +
      'that the municipal pool gives every week. Volunteer trainers teach beginners to swim, which many of the ' +
      'newcomers never learnt, and running groups are paced so that nobody is left behind. Training ends with tea ' +
      'in the school canteen, where friendships start and job tips travel.',
    lessons:
      'A women-only slot with female lifeguards is what made it possible for most participants to come at all. ' +
      'Childcare during training decided who could attend: when it stopped for a term, half the group stayed away. ' +
      'Relying on one venue is fragile; when the school hall closed, meetings paused until a new place was found, ' +
      'so keep a second venue in reserve.',
    transferability:
      'Needs a pool willing to give one weekly slot with female staff, two or three volunteer trainers (one of ' +
      'them a swimming instructor) and a room for childcare. Sports clubs and the municipal sport office are ' +
      'natural partners; the main cost is the pool slot, which many towns give free of charge to integration work.',
    themes: ['sport', 'women'],
  },
];

export const demoBestPracticeId = (countryCode: string, year: number) =>
  demoId('best-practice', `${countryCode}-${year}`);
const nominationIdOf = (b: DemoBestPractice) => demoId('nomination', `${b.countryCode}-${b.year}:${b.initiativeId}`);

interface DemoManual {
  slug: string;
  title: string;
  introduction: string;
  /** When it was published; a draft without. */
  publishedAt?: string;
  createdAt: string;
  chapters: { title: string; introduction: string; theme: string | null; bestPractices: [string, number][] }[];
}

/**
 * The demo manuals. The published one may only gather best practices of announced editions, as
 * `publishManual` requires, and Italy 2017 is the only announced demo edition: its winner is in
 * both chapters, each read from one of its themes. The draft already gathers Germany's winner,
 * whose edition is decided but not announced.
 */
const DEMO_MANUALS: readonly DemoManual[] = [
  {
    slug: 'bringing-people-together',
    title: 'Bringing people together: best practices of the B.E.S.T. network',
    introduction:
      'Every year the national partners of the B.E.S.T. network award the initiatives that bring local people ' +
      'and people who were forced to flee together. The European coordination approves the national winners as ' +
      'best practices; this manual collects what works in them, what their organisers learnt, and what it takes ' +
      'to start the same elsewhere.',
    createdAt: '2017-10-09T09:00:00Z',
    publishedAt: '2017-10-16T09:00:00Z',
    chapters: [
      {
        title: 'Sharing a home',
        introduction:
          'Living under one roof is the closest form of encounter. This chapter shows how families prepare, how ' +
          'a stay is followed, and how it ends well.',
        theme: 'hosting',
        bestPractices: [['IT', 2017]],
      },
      {
        title: 'Mentors who stay',
        introduction:
          'A mentor on call and peers who meet every month keep a hosting or a friendship going through its ' +
          'difficult weeks.',
        theme: 'mentoring',
        bestPractices: [['IT', 2017]],
      },
    ],
  },
  {
    slug: 'moving-together-draft',
    title: 'Moving together: sport and everyday life (draft)',
    introduction:
      'A second collection in preparation: initiatives where people meet through sport and daily life. Chapters ' +
      'are added as the national awards are announced.',
    createdAt: '2017-10-20T09:00:00Z',
    chapters: [
      {
        title: 'Sport for women who arrived as refugees',
        introduction: 'Training together, in a space where every woman can take part.',
        theme: 'sport',
        bestPractices: [['DE', 2017]],
      },
      {
        title: 'Sharing a home',
        introduction: 'Hosting as the first step into a new neighbourhood.',
        theme: 'hosting',
        bestPractices: [['IT', 2017]],
      },
    ],
  },
];

export const demoManualId = (slug: string) => demoId('manual', slug);

/** The published demo manual's id, for the gateway's renderer and its tests. */
export const DEMO_PUBLISHED_MANUAL_ID = demoManualId('bringing-people-together');
export const DEMO_DRAFT_MANUAL_ID = demoManualId('moving-together-draft');

/**
 * Approves the demo winners as best practices and writes the demo manuals, each row once: a demo
 * database made before best practices existed (or missing some of them) gets what it lacks on the
 * next start. A winner whose nomination is not in the database (its edition not seeded) is left out,
 * and so is a manual that would gather it.
 */
export async function seedBestPractices(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (tx) => {
    const winners = await tx.getRepository(Nomination).findBy({
      id: In(DEMO_BEST_PRACTICES.map(nominationIdOf)),
      status: NominationStatus.WINNER,
    });
    const byNomination = new Map(winners.map((n) => [n.id, n]));
    for (const demo of DEMO_BEST_PRACTICES) {
      const id = demoBestPracticeId(demo.countryCode, demo.year);
      const winner = byNomination.get(nominationIdOf(demo));
      if (!winner || (await tx.getRepository(BestPractice).existsBy({ id }))) continue;
      await tx.getRepository(BestPractice).insert({
        id,
        nominationId: winner.id,
        editionId: winner.editionId,
        initiativeId: winner.initiativeId,
        countryCode: demo.countryCode,
        whatWorks: demo.whatWorks,
        lessons: demo.lessons,
        transferability: demo.transferability,
        themes: demo.themes,
        approvedAt: new Date(demo.approvedAt),
        approvedById: null,
        approvedBy: APPROVED_BY,
        updatedAt: new Date(demo.approvedAt),
      });
    }

    const approved = new Map((await tx.getRepository(BestPractice).find()).map((b) => [b.id, b] as const));
    for (const demo of DEMO_MANUALS) {
      const manualId = demoManualId(demo.slug);
      const ids = demo.chapters.map((c) => c.bestPractices.map(([country, year]) => demoBestPracticeId(country, year)));
      if (ids.flat().some((id) => !approved.has(id))) continue;
      if (await tx.getRepository(Manual).existsBy({ id: manualId })) continue;
      // Written as a draft first: the database refuses chapters for a manual already published.
      await tx.getRepository(Manual).insert({
        id: manualId,
        title: demo.title,
        introduction: demo.introduction,
        language: 'en',
        status: ManualStatus.DRAFT,
        publishedAt: null,
        createdAt: new Date(demo.createdAt),
        updatedAt: new Date(demo.createdAt),
      });
      await tx.getRepository(ManualChapter).insert(
        demo.chapters.map((chapter, index) => ({
          id: demoId('manual-chapter', `${demo.slug}:${index + 1}`),
          manualId,
          position: index + 1,
          title: chapter.title,
          introduction: chapter.introduction,
          theme: chapter.theme,
          bestPracticeIds: ids[index],
          publishedTexts: demo.publishedAt ? ids[index].map((id) => textsOf(approved.get(id)!)) : null,
        })),
      );
      if (demo.publishedAt) {
        const publishedAt = new Date(demo.publishedAt);
        await tx
          .getRepository(Manual)
          .update(manualId, { status: ManualStatus.PUBLISHED, publishedAt, updatedAt: publishedAt, version: 2 });
      }
    }
  });
}

function textsOf(b: BestPractice): PublishedBestPracticeTexts {
  const { id, whatWorks, lessons, transferability, themes, version } = b;
  return { id, whatWorks, lessons, transferability, themes, version, updatedAt: b.updatedAt.toISOString() };
}
