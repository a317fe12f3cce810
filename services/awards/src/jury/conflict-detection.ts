import type { EntityManager } from 'typeorm';
import { isUuid } from '@best/kit';
import type { AwardsContext } from '../context';
import { ConflictKind } from './jury-conflict.entity';

// What awards reads of the network, through the gateway as itself (never across databases): the
// organisation running an initiative, and an account's organisation.
const INITIATIVE_ORGANIZATION = `query AwardsInitiativeOrganization($id: ID!) {
  initiative(id: $id) { id organization { id } }
}`;
const ACCOUNT_ORGANIZATION = `query AwardsJurorOrganization($id: ID!) {
  account(id: $id) { id organization { id } }
}`;

type Organized = { organization: { id: string } | null } | null;

/** Reads at a time during the refresh at JUDGING: the gateway's rate limit counts the subgraph too. */
const READS_AT_ONCE = 4;

type Reading = Pick<AwardsContext, 'gateway'>;

/**
 * The organisation running an initiative, or null when the network names none. A context without a
 * gateway (the demo seed and test builders, which run before or without one) reads nothing: they
 * write the organisations they know themselves. Throws SERVICE_UNAVAILABLE when the gateway fails.
 */
export async function initiativeOrganizationOf(ctx: Reading, initiativeId: string): Promise<string | null> {
  if (!ctx.gateway || !isUuid(initiativeId)) return null;
  const data = await ctx.gateway.query<{ initiative: Organized }>(INITIATIVE_ORGANIZATION, { id: initiativeId });
  return data.initiative?.organization?.id ?? null;
}

/** An account's organisation (a member's), or null; as `initiativeOrganizationOf`. */
export async function accountOrganizationOf(ctx: Reading, accountId: string): Promise<string | null> {
  if (!ctx.gateway || !isUuid(accountId)) return null;
  const data = await ctx.gateway.query<{ account: Organized }>(ACCOUNT_ORGANIZATION, { id: accountId });
  return data.account?.organization?.id ?? null;
}

async function readAll(
  ids: string[],
  read: (id: string) => Promise<string | null>,
): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i += READS_AT_ONCE) {
    const batch = ids.slice(i, i + READS_AT_ONCE);
    const organizations = await Promise.all(batch.map(read));
    batch.forEach((id, k) => found.set(id, organizations[k]));
  }
  return found;
}

/** What the network says now about an edition's initiatives and jurors; null without a gateway. */
export interface NetworkOrganizations {
  byInitiative: Map<string, string | null>;
  byJuror: Map<string, string | null>;
}

/**
 * Reads afresh the organisations behind an edition's nominated initiatives and its jurors, before it
 * moves to JUDGING, so that changes in the network since submission and assignment count. Read
 * before the move's transaction: no lock is held while the gateway answers.
 */
export async function readOrganizationsForJudging(
  ctx: Pick<AwardsContext, 'gateway' | 'dataSource'>,
  editionId: string,
): Promise<NetworkOrganizations | null> {
  if (!ctx.gateway) return null;
  const initiatives: { initiative_id: string }[] = await ctx.dataSource.query(
    'SELECT DISTINCT initiative_id FROM nomination WHERE edition_id = $1',
    [editionId],
  );
  const jurors: { juror_account_id: string }[] = await ctx.dataSource.query(
    'SELECT juror_account_id FROM jury_member WHERE edition_id = $1',
    [editionId],
  );
  return {
    byInitiative: await readAll(
      initiatives.map((row) => row.initiative_id),
      (id) => initiativeOrganizationOf(ctx, id),
    ),
    byJuror: await readAll(
      jurors.map((row) => row.juror_account_id),
      (id) => accountOrganizationOf(ctx, id),
    ),
  };
}

// The reasons, in plain words, in order of precedence when several hold.
const RUNS_THE_INITIATIVE = "The juror's organisation runs the initiative.";
const JUROR_NOMINATED = 'The juror nominated it.';
const ORGANIZATION_NOMINATED = "The juror's organisation nominated it.";

/**
 * Records the conflicts the platform finds from what awards keeps of the network: a juror whose
 * organisation runs the nominated initiative, or who (or whose organisation) nominated it. Within
 * `scope` only; a pair that already has a conflict (declared or detected) keeps it. The juror's
 * scorecard for a newly conflicted nomination is deleted: a conflicted juror's scores never count.
 * Returns how many conflicts were detected.
 */
export async function detectConflicts(
  tx: EntityManager,
  editionId: string,
  scope: { nominationId?: string; jurorAccountId?: string } = {},
): Promise<number> {
  const detected: { nomination_id: string; juror_account_id: string }[] = await tx.query(
    `INSERT INTO jury_conflict (edition_id, nomination_id, juror_account_id, reason, kind)
     SELECT n.edition_id, n.id, j.juror_account_id,
       CASE
         WHEN j.juror_organization_id = n.initiative_organization_id THEN $4
         WHEN lower(n.nominator_account_id) = j.juror_account_id::text THEN $5
         ELSE $6
       END,
       $7
     FROM nomination n
     JOIN jury_member j ON j.edition_id = n.edition_id
     WHERE n.edition_id = $1
       AND ($2::uuid IS NULL OR n.id = $2::uuid)
       AND ($3::uuid IS NULL OR j.juror_account_id = $3::uuid)
       AND (j.juror_organization_id = n.initiative_organization_id
         OR j.juror_organization_id = n.nominator_organization_id
         OR lower(n.nominator_account_id) = j.juror_account_id::text)
     ON CONFLICT (nomination_id, juror_account_id) DO NOTHING
     RETURNING nomination_id, juror_account_id`,
    [
      editionId,
      scope.nominationId ?? null,
      scope.jurorAccountId ?? null,
      RUNS_THE_INITIATIVE,
      JUROR_NOMINATED,
      ORGANIZATION_NOMINATED,
      ConflictKind.DETECTED,
    ],
  );
  if (detected.length) {
    await tx.query(
      `DELETE FROM scorecard s USING unnest($1::uuid[], $2::uuid[]) AS pair(nomination_id, juror_account_id)
       WHERE s.nomination_id = pair.nomination_id AND s.juror_account_id = pair.juror_account_id`,
      [detected.map((d) => d.nomination_id), detected.map((d) => d.juror_account_id)],
    );
  }
  return detected.length;
}

/**
 * At the move to JUDGING, inside the move's transaction: keeps what the network says now (when it
 * was read) and detects the edition's conflicts afresh; a detected conflict that no longer holds is
 * gone, a declared one stays.
 */
export async function refreshConflictsForJudging(
  tx: EntityManager,
  editionId: string,
  organizations: NetworkOrganizations | null,
): Promise<void> {
  if (organizations) {
    await tx.query(
      `UPDATE nomination n SET initiative_organization_id = fresh.organization_id
       FROM unnest($2::uuid[], $3::uuid[]) AS fresh(initiative_id, organization_id)
       WHERE n.edition_id = $1 AND n.initiative_id = fresh.initiative_id`,
      [editionId, [...organizations.byInitiative.keys()], [...organizations.byInitiative.values()]],
    );
    await tx.query(
      `UPDATE jury_member j SET juror_organization_id = fresh.organization_id
       FROM unnest($2::uuid[], $3::uuid[]) AS fresh(juror_account_id, organization_id)
       WHERE j.edition_id = $1 AND j.juror_account_id = fresh.juror_account_id`,
      [editionId, [...organizations.byJuror.keys()], [...organizations.byJuror.values()]],
    );
  }
  await tx.query('DELETE FROM jury_conflict WHERE edition_id = $1 AND kind = $2', [editionId, ConflictKind.DETECTED]);
  await detectConflicts(tx, editionId);
}
