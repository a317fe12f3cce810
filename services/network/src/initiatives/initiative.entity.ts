import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Activity, InitiativeStatus, TargetGroup } from './initiative.enums';

@ObjectType({ description: 'A community-building programme that brings locals and forced migrants together.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'initiative' })
export class Initiative {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Field(() => [TargetGroup])
  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" })
  targetGroups: TargetGroup[];

  @Field(() => [Activity], { description: 'Ways the initiative brings people together.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  activities: Activity[];

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => InitiativeStatus)
  @Column({ type: 'text' })
  status: InitiativeStatus;

  @Field(() => Int, { description: 'Local participants.' })
  @Column({ name: 'participants_locals', type: 'int', default: 0 })
  participantsLocals: number;

  @Field(() => Int, { description: 'Forced-migrant participants.' })
  @Column({ name: 'participants_migrants', type: 'int', default: 0 })
  participantsMigrants: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  volunteers: number;

  @Field(() => [String], { description: 'ISO 639-1 language codes.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links: string[];

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
