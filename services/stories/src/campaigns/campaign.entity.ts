import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A campaign groups publications of stories (e.g. the "I Get You" campaign of one country). */
@ObjectType({ description: 'A communication campaign that groups publications of stories.' })
@Entity({ name: 'campaign' })
export class Campaign {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => ID, { nullable: true, description: 'The country it runs in; null for a European campaign.' })
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Field(() => String, { description: 'First day, ISO date (YYYY-MM-DD).' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day, ISO date (YYYY-MM-DD); null while it runs on.' })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** Display name of the staff member who created it. */
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
