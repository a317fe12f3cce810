import { systemContextOf } from '@best/kit';
import type { TestSubgraph } from '@best/kit/testing';
import { awardsSubgraph } from '../src/subgraph';
import { AwardEditionPhase } from '../src/award-editions/award-edition.enums';
import type { BestPractice } from '../src/best-practices/best-practice.entity';
import type { ApproveBestPracticeInput } from '../src/best-practices/best-practice.input';
import { BestPracticeService } from '../src/best-practices/best-practice.service';
import type { Manual } from '../src/manuals/manual.entity';
import type { ManualChapterInput } from '../src/manuals/manual.input';
import { ManualService } from '../src/manuals/manual.service';
import { NominationStatus } from '../src/nominations/nomination.enums';
import { seed } from './seed';

export const APPROVE = `mutation($input: ApproveBestPracticeInput!) {
  approveBestPractice(input: $input) { bestPractice { id countryCode whatWorks lessons transferability themes
    approvedAt approvedBy version nomination { id status } edition { id } initiative { id } } } }`;
export const REVISE = `mutation($input: ReviseBestPracticeInput!) {
  reviseBestPractice(input: $input) { bestPractice { id whatWorks lessons transferability themes version } } }`;
export const CREATE_MANUAL = `mutation($input: CreateManualInput!) {
  createManual(input: $input) { manual { id title introduction language status version publishedAt
    chapters { position title introduction theme bestPractices { id } } } } }`;
export const REVISE_MANUAL = `mutation($input: ReviseManualInput!) {
  reviseManual(input: $input) { manual { id title version chapters { position title bestPractices { id } } } } }`;
export const PUBLISH_MANUAL = `mutation($input: PublishManualInput!) {
  publishManual(input: $input) { manual { id status version publishedAt } } }`;

/** Texts a best practice is approved with, unless a test says otherwise. */
export const texts = (themes: string[] = ['sport']) => ({
  whatWorks: 'A weekly training slot at the municipal pool, run by volunteer trainers.',
  lessons: 'Childcare during training decided who could come.',
  transferability: 'Needs a pool that gives a slot and two trainers; works in any town.',
  themes,
});

/**
 * Builders for best practices and manuals, through the services the product uses: a winner of an
 * edition in a given phase, approved as a best practice; a manual of chapters, drafted or published.
 */
export function bestPractices(awards: Pick<TestSubgraph, 'dataSource'>) {
  const ctx = () => systemContextOf(awardsSubgraph, awards.dataSource);
  const given = seed(awards);

  /** An edition of `countryCode` in `phase` with a winner and a finalist (statuses written as the decision does). */
  async function decided(phase: AwardEditionPhase = AwardEditionPhase.ANNOUNCED, countryCode = 'IT') {
    const { edition, nominations } = await given.editionWithNominations(
      phase,
      [NominationStatus.WINNER, NominationStatus.FINALIST],
      { countryCode },
    );
    return { edition, winner: nominations[0], finalist: nominations[1] };
  }

  /** A winner of an edition in `phase`, approved as a best practice with `themes`. */
  async function approved(
    options: {
      phase?: AwardEditionPhase;
      countryCode?: string;
      themes?: string[];
    } & Partial<ApproveBestPracticeInput> = {},
  ): Promise<BestPractice> {
    const { phase, countryCode, themes, ...overrides } = options;
    const { winner } = await decided(phase, countryCode);
    return new BestPracticeService(ctx()).approve({ nominationId: winner.id, ...texts(themes), ...overrides });
  }

  /** A chapter gathering the given best practices. */
  const chapter = (title: string, ids: string[], theme: string | null = null): ManualChapterInput => ({
    title,
    introduction: `Why ${title.toLowerCase()} matters.`,
    theme,
    bestPracticeIds: ids,
  });

  /** A draft manual with these chapters, published when asked. */
  async function manual(chapters: ManualChapterInput[], publish = false): Promise<Manual> {
    const service = new ManualService(ctx());
    const draft = await service.create({
      title: 'Bringing people together',
      introduction: 'Best practices of the network.',
      language: 'en',
      chapters,
    });
    return publish ? service.publish({ manualId: draft.id, expectedVersion: draft.version }) : draft;
  }

  return { decided, approved, chapter, manual };
}
