import type { DataSource } from 'typeorm';
import { demoId, demoNetwork } from '@best/demo';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { detectConflicts } from '../jury/conflict-detection';
import { JuryMember } from '../jury/jury-member.entity';
import { demoEditionId } from './demo-seed';

/** The network's demo member (of the Maltese national partner); services/network's demo accounts use the same id. */
export const DEMO_MEMBER_ACCOUNT_ID = demoId('account', 'member@best.example');

/**
 * A conflict the platform detects in the demo: the demo member sits on the jury of Malta 2017
 * (judging), and their organisation, the Maltese national partner, runs two of its nominated
 * initiatives, so they neither see nor score those two and judge the other two. What awards keeps of
 * the network (each demo nomination's running organisation, the member's organisation) is written
 * from the demo network here: the seed runs before the gateway does, and a live stack reads it
 * afresh at the next move to JUDGING. The seat once; a demo database made before it gets it too.
 */
export async function seedDetectedConflict(dataSource: DataSource): Promise<void> {
  const editionId = demoEditionId('MT', 2017);
  if (!(await dataSource.getRepository(AwardEdition).countBy({ id: editionId }))) return;
  const network = demoNetwork();
  const partner = network.countries.find((c) => c.code === 'MT')!.partnerOrganizationId!;
  await dataSource.transaction(async (tx) => {
    // Every demo nomination without it, also those of editions topped up on an older demo database.
    await tx.query(
      `UPDATE nomination n SET initiative_organization_id = demo.organization_id
       FROM unnest($1::uuid[], $2::uuid[]) AS demo(initiative_id, organization_id)
       WHERE n.initiative_id = demo.initiative_id AND n.initiative_organization_id IS NULL`,
      [network.initiatives.map((i) => i.id), network.initiatives.map((i) => i.organizationId)],
    );
    if (await tx.getRepository(JuryMember).existsBy({ editionId, jurorAccountId: DEMO_MEMBER_ACCOUNT_ID })) return;
    await tx.getRepository(JuryMember).insert({
      editionId,
      jurorAccountId: DEMO_MEMBER_ACCOUNT_ID,
      jurorOrganizationId: partner,
      displayName: 'Demo Member JRS Malta',
      assignedAt: new Date('2017-06-15T09:30:00Z'),
      assignedBy: 'Demo Coordinator Malta',
    });
    await detectConflicts(tx, editionId);
  });
}
