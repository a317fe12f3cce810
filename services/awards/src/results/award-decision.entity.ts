import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description:
    "The jury's decision on an award edition: recorded once, when the edition moves from JUDGING to DECIDED.",
})
@Entity({ name: 'award_decision' })
export class AwardDecision {
  @Field(() => ID)
  @PrimaryColumn({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @Field(() => Boolean, {
    description:
      'Whether the decision was read from the normalised ranking (true) or the raw one; its ranks are announced.',
  })
  @Column({ type: 'boolean' })
  normalised: boolean;

  @Field(() => [ID], { description: 'Nominations not selected that the jury names with a special mention.' })
  @Column({ name: 'special_mention_ids', type: 'uuid', array: true, default: () => "'{}'" })
  specialMentionIds: string[];

  @Field(() => String, { description: 'Why the jury decided so.' })
  @Column({ type: 'text' })
  reason: string;

  /** The network account that recorded it. Never in the API. */
  @Column({ name: 'decided_by_id', type: 'text', nullable: true })
  decidedById: string | null;

  /** Display name of whoever recorded it; the API shows it to the network only (award-decision.resolver.ts). */
  @Column({ name: 'decided_by', type: 'text' })
  decidedBy: string;

  @Field(() => Date)
  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  decidedAt: Date;
}
