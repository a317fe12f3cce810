import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
  VirtualColumn,
} from 'typeorm';
import { StoryKind, StoryStatus, StoryTheme, StorytellerRiskFlag, StorytellerRole } from './story.enums';
import { publiclyVisibleSql } from './story.access';

/**
 * A testimony, message or case story. The storyteller is known here only by a chosen display name
 * (or not at all): real names never enter this subgraph. `displayName` has no `@Field`: the API shows
 * `storytellerName`, which also honours the consent's `mayShowName`.
 */
@ObjectType({ description: 'A personal story told against racism and xenophobia, shown only with consent.' })
@Directive('@key(fields: "id")')
@Entity({ name: 'story' })
export class Story {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => String, { description: 'ISO 639-1 code of the language the story is told in, e.g. "en".' })
  @Column({ type: 'text' })
  language: string;

  @Field(() => StoryKind)
  @Column({ type: 'text' })
  kind: StoryKind;

  /** Chosen by the storyteller; null means anonymous. Never a real name. */
  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  @Field(() => StorytellerRole)
  @Column({ name: 'storyteller_role', type: 'text' })
  storytellerRole: StorytellerRole;

  @Field(() => Boolean, { description: 'Told by a minor: consent comes from a guardian.' })
  @Column({ name: 'is_minor', type: 'boolean', default: false })
  isMinor: boolean;

  /**
   * What puts the storyteller at risk (a minor's story always carries MINOR). In the API through a
   * field resolver: only callers who may change the story see the flags.
   */
  @Column({ name: 'risk_flags', type: 'text', array: true, default: () => "'{}'" })
  riskFlags: StorytellerRiskFlag[];

  @Field(() => [StoryTheme], { description: 'The prejudices the story answers.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: StoryTheme[];

  @Column({ name: 'initiative_id', type: 'uuid', nullable: true })
  initiativeId: string | null;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  /** The organisation that recorded the story: its members may read and change it whatever its scope. */
  @Column({ name: 'recorded_by_organization_id', type: 'uuid', nullable: true })
  recordedByOrganizationId: string | null;

  @Field(() => StoryStatus)
  @Column({ type: 'text', default: StoryStatus.DRAFT })
  status: StoryStatus;

  // Millisecond precision, like a JS Date, so a pagination cursor names a row exactly.
  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases on every change; send it back to detect concurrent edits.' })
  @VersionColumn({ type: 'int' })
  version: number;

  /**
   * Whether the public sees this story now (published, with a current PUBLIC consent), computed by
   * PostgreSQL in the statement that loads the story, so no read costs a second statement to know
   * whether giving the story away must be audited. Not in the API; undefined on a story not loaded.
   */
  @VirtualColumn({ type: 'boolean', query: (alias) => `SELECT ${publiclyVisibleSql(alias)}` })
  publiclyVisible: boolean;
}
