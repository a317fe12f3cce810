import { Problems, type FieldProblem, type GatewayReader, DomainError, ErrorCode } from '@best/kit';
import type { NetworkContext } from '../context';
import type { IntakeEligibility } from './eligibility';

/** The criteria set whose newest published version holds the intake checklist (awards' key). */
export const INTAKE_GUIDELINE_KEY = 'best-practice-guidelines';

/** How long a checklist read through the gateway is reused: it changes only when a version is published. */
export const INTAKE_CHECKLIST_CACHE_MS = 60_000;

// Read through the gateway as the network itself, never from the awards database.
const CURRENT_GUIDELINE = `query NetworkIntakeChecklist($key: String!) {
  guidelines(key: $key, published: true) { id version eligibilityRules { key text checkedAtIntake } }
}`;

type GuidelineVersions = {
  guidelines:
    | { id: string; version: number; eligibilityRules: { key: string; text: string; checkedAtIntake: boolean }[] }[]
    | null;
};

/** The intake traits of one guideline version (none published: no traits, no guideline). */
export interface IntakeChecklist {
  guidelineId: string | null;
  guidelineVersion: number | null;
  traits: { key: string; text: string }[];
}

export interface TraitAnswer {
  trait: string;
  met: boolean;
}

const cache = new WeakMap<GatewayReader, { readAt: number; checklist: Promise<IntakeChecklist> }>();

const unavailable = () =>
  new DomainError(
    ErrorCode.SERVICE_UNAVAILABLE,
    "The current guideline's intake traits could not be read (the gateway or the awards service did not " +
      'answer). Nothing was changed; try again in a moment.',
  );

async function read(gateway: GatewayReader): Promise<IntakeChecklist> {
  const data = await gateway
    .query<GuidelineVersions>(CURRENT_GUIDELINE, { key: INTAKE_GUIDELINE_KEY })
    .catch((error: unknown) => {
      throw error instanceof DomainError && error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE
        ? unavailable()
        : error;
    });
  // Newest version first, as awards lists them.
  const current = data.guidelines?.[0];
  if (!current) return { guidelineId: null, guidelineVersion: null, traits: [] };
  return {
    guidelineId: current.id,
    guidelineVersion: current.version,
    traits: current.eligibilityRules.filter((r) => r.checkedAtIntake).map(({ key, text }) => ({ key, text })),
  };
}

/**
 * The current intake checklist, read through the gateway and kept for INTAKE_CHECKLIST_CACHE_MS
 * (`fresh` reads again now). Throws SERVICE_UNAVAILABLE when the gateway or awards does not answer;
 * a failed read is not kept.
 */
export function intakeChecklist(
  ctx: Pick<NetworkContext, 'gateway'>,
  options: { fresh?: boolean; now?: number } = {},
): Promise<IntakeChecklist> {
  const gateway = ctx.gateway;
  if (!gateway) return Promise.reject(unavailable());
  const now = options.now ?? Date.now();
  const kept = cache.get(gateway);
  if (kept && !options.fresh && now - kept.readAt < INTAKE_CHECKLIST_CACHE_MS) return kept.checklist;
  const checklist = read(gateway);
  const entry = { readAt: now, checklist };
  cache.set(gateway, entry);
  checklist.catch(() => {
    if (cache.get(gateway) === entry) cache.delete(gateway);
  });
  return checklist;
}

/** Every problem of a set of answers against a checklist: each trait exactly once, no other key. */
export function traitProblems(checklist: IntakeChecklist, answers: readonly TraitAnswer[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Map(checklist.traits.map((t) => [t.key, t]));
  const seen = new Set<string>();
  answers.forEach((answer, i) => {
    if (!known.has(answer.trait)) {
      const keys = checklist.traits.map((t) => `"${t.key}"`).join(', ') || 'none';
      problems.push({
        field: `eligibility.${i}`,
        message: `"${answer.trait}" is not an intake trait (they are ${keys})`,
      });
    } else if (seen.has(answer.trait)) {
      problems.push({ field: `eligibility.${i}`, message: `"${answer.trait}" is answered more than once` });
    }
    seen.add(answer.trait);
  });
  for (const trait of checklist.traits) {
    if (!seen.has(trait.key)) {
      problems.push({ field: 'eligibility', message: `answer the intake trait "${trait.key}" ("${trait.text}")` });
    }
  }
  return problems;
}

/**
 * The answers checked against the current checklist. A mismatch with a kept checklist reads it again
 * once before refusing: a guideline published since then may be the list the caller answered.
 */
export async function checkTraits(
  ctx: Pick<NetworkContext, 'gateway'>,
  answers: readonly TraitAnswer[],
): Promise<{ checklist: IntakeChecklist; problems: FieldProblem[] }> {
  let checklist = await intakeChecklist(ctx);
  let problems = traitProblems(checklist, answers);
  if (problems.length) {
    checklist = await intakeChecklist(ctx, { fresh: true });
    problems = traitProblems(checklist, answers);
  }
  return { checklist, problems };
}

/** The checks as stored, in the guideline's order, with each trait's text. */
export function recordedChecks(checklist: IntakeChecklist, answers: readonly TraitAnswer[]): IntakeEligibility {
  const met = new Map(answers.map((a) => [a.trait, a.met]));
  return {
    guidelineId: checklist.guidelineId,
    guidelineVersion: checklist.guidelineVersion,
    checks: checklist.traits.map((t) => ({ trait: t.key, text: t.text, met: met.get(t.key) ?? false })),
  };
}

/** Adds the problems to a Problems list (kept apart so a review can add its own). */
export const addAll = (into: Problems, problems: FieldProblem[]) =>
  problems.forEach((p) => into.add(p.field, p.message));
