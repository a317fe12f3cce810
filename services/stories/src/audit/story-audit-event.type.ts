import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/**
 * Who acted, as the gateway signed them. The same enum as the network subgraph's audit log (enums
 * may be defined by several subgraphs), so one client compares actors across both logs.
 */
export enum AuditActorKind {
  ANONYMOUS = 'ANONYMOUS',
  USER = 'USER',
  TOKEN = 'TOKEN',
  SYSTEM = 'SYSTEM',
}
registerEnumType(AuditActorKind, { name: 'AuditActorKind' });

// The object types get names of their own: a type defined in two subgraphs must be marked
// @shareable in both, and network's AuditEvent and AuditActor are not.
@ObjectType({ description: "Who read a storyteller's data: a person, a partner token, or the platform itself." })
export class StoryAuditActor {
  @Field(() => AuditActorKind)
  kind: AuditActorKind;

  @Field(() => ID, { nullable: true, description: "The account's or the token's id." })
  id: string | null;

  @Field(() => String, { nullable: true })
  displayName: string | null;
}

/**
 * The GraphQL face of the kit's `AuditEvent` rows in the stories database, with the fields of the
 * network subgraph's `AuditEvent`.
 */
@ObjectType('StoryAuditEvent', {
  description: 'One line of the stories audit log: who was given which storyteller data of which story, and when.',
})
export class StoryAuditEventNode {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: 'What happened, e.g. STORYTELLER_READ.' })
  action: string;

  @Field(() => String, { nullable: true, description: 'The kind of thing it happened to, e.g. Story.' })
  subjectType: string | null;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field(() => String, { nullable: true, description: 'The request id, to find the same request in the logs.' })
  requestId: string | null;

  @Field(() => GraphQLJSONObject, {
    description: 'Facts that explain the event, e.g. the fields read by name; never their values.',
  })
  details: Record<string, unknown>;
}
