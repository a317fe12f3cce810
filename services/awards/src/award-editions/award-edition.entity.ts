import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { AwardEditionPhase } from './award-edition.enums';

@ObjectType({ description: "One country's national award in one year, judged by a pinned guideline version." })
@Directive('@key(fields: "id")')
@Entity({ name: 'award_edition' })
export class AwardEdition {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Column({ name: 'guideline_id', type: 'uuid' })
  guidelineId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => AwardEditionPhase)
  @Column({ type: 'text' })
  phase: AwardEditionPhase;

  @Field(() => Date, { nullable: true, description: 'When nominations are planned to open; they cannot open earlier.' })
  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'No nomination is accepted after this moment.' })
  @Column({ name: 'nominations_close_at', type: 'timestamptz', nullable: true })
  nominationsCloseAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the jury is due to decide.' })
  @Column({ name: 'decision_at', type: 'timestamptz', nullable: true })
  decisionAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;
}
