import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { WorkshopKind } from './workshop.enums';

@ObjectType({ description: 'A national workshop, communication training or exchange visit of the network.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'workshop' })
export class Workshop {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => WorkshopKind)
  @Column({ type: 'text' })
  kind: WorkshopKind;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  // Exposed as `country` (a Country reference); the country itself lives in the network subgraph.
  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Field(() => String, { description: 'First day, ISO date (YYYY-MM-DD).' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => String, { description: 'Last day, ISO date (YYYY-MM-DD); the same as startsOn for a one-day workshop.' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Field(() => String)
  @Column({ type: 'text' })
  city: string;

  @Field(() => String, { nullable: true, description: 'Where in the city, e.g. a hall or an office.' })
  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  objectives: string;

  // Exposed as `initiativesPresented`, in the order they were presented.
  @Column({ name: 'initiative_ids', type: 'uuid', array: true, default: () => "'{}'" })
  initiativeIds: string[];

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
