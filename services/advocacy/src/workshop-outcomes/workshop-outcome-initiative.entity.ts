import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WorkshopOutcome } from './workshop-outcome.entity';

/**
 * Links an outcome to an initiative it cites. Initiatives live in the network subgraph, so the
 * initiative side is an id only (no foreign key across databases).
 */
@Entity({ name: 'workshop_outcome_initiative' })
export class WorkshopOutcomeInitiative {
  @PrimaryColumn({ name: 'outcome_id', type: 'uuid' })
  outcomeId: string;

  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  /** Where the initiative stands among those the outcome cites: the one it is mostly about comes first. */
  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => WorkshopOutcome, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: WorkshopOutcome;
}
