import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ScaleLevel } from './scale-level.type';

@ObjectType({ description: 'One criterion of a guideline, with its weight and scoring scale.' })
@Entity({ name: 'guideline_criterion' })
export class Criterion {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'guideline_id', type: 'uuid' })
  guidelineId: string;

  /** Order of the criterion within its guideline, from 0. */
  @Column({ type: 'int' })
  position: number;

  @Field(() => String, { description: 'Stable key within the guideline, e.g. "fixed-meeting-place".' })
  @Column({ type: 'text' })
  key: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Float, { description: 'Relative weight in the weighted score; always greater than 0.' })
  @Column({ type: 'double precision' })
  weight: number;

  @Field(() => [ScaleLevel], { description: 'Scoring levels, lowest score first.' })
  @Column({ type: 'jsonb' })
  scale: ScaleLevel[];
}
