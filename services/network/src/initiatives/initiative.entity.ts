import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Activity, InitiativeListing, InitiativeStatus, TargetGroup } from './initiative.enums';

@ObjectType({ description: 'A community-building programme that brings locals and forced migrants together.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'initiative' })
export class Initiative {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  /** Unknown only while a proposal waits for review (the proposer may name an organisation not yet in the network). */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

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

  @Field(() => String, { description: 'The challenge it answers (practice template).' })
  @Column({ type: 'text', default: '' })
  challenge: string;

  @Field(() => String, { description: 'What it aims for (practice template).' })
  @Column({ type: 'text', default: '' })
  goals: string;

  @Field(() => String, { description: 'How it works (practice template).' })
  @Column({ name: 'how_it_works', type: 'text', default: '' })
  howItWorks: string;

  @Field(() => String, { description: 'What it achieved (practice template).' })
  @Column({ type: 'text', default: '' })
  results: string;

  @Field(() => String, { description: 'How it was evaluated and what the evaluation found (practice template).' })
  @Column({ type: 'text', default: '' })
  evaluation: string;

  @Field(() => String, {
    description: 'Who benefits, in words (practice template); the numbers are the participant figures.',
  })
  @Column({ type: 'text', default: '' })
  beneficiaries: string;

  @Field(() => String, { description: 'How it is funded (practice template).' })
  @Column({ type: 'text', default: '' })
  funding: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'Where people meet, e.g. "Parish hall, Via Roma 12".' })
  @Column({ name: 'meeting_place', type: 'text', nullable: true })
  meetingPlace: string | null;

  @Field(() => String, { nullable: true, description: 'When people meet, e.g. "Every Tuesday, 18:00–20:00".' })
  @Column({ name: 'meeting_times', type: 'text', nullable: true })
  meetingTimes: string | null;

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

  @Field(() => InitiativeStatus, { description: 'Whether the programme itself runs.' })
  @Column({ type: 'text' })
  status: InitiativeStatus;

  @Field(() => InitiativeListing, { description: 'Where the record stands in the network.' })
  @Column({ type: 'text', default: InitiativeListing.LISTED })
  listing: InitiativeListing;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was archived (shown publicly).' })
  @Column({ name: 'archive_reason', type: 'text', nullable: true })
  archiveReason: string | null;

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
