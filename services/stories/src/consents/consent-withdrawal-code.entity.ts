import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One withdrawal code issued to a storyteller, by its hash only (see withdrawal-code.ts). Never in
 * the API: the code is shown once, in the payload of recordConsent.
 */
@Entity({ name: 'consent_withdrawal_code' })
export class ConsentWithdrawalCode {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'story_id', type: 'uuid' })
  storyId: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  @Column({ name: 'issued_at', type: 'timestamptz', default: () => 'now()' })
  issuedAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
