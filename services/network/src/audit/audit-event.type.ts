import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/** Who acted, as the gateway signed them. */
export enum AuditActorKind {
  ANONYMOUS = 'ANONYMOUS',
  USER = 'USER',
  TOKEN = 'TOKEN',
  SYSTEM = 'SYSTEM',
}
registerEnumType(AuditActorKind, { name: 'AuditActorKind' });

@ObjectType({ description: 'Who did something: a person, a partner token, the public, or the platform itself.' })
export class AuditActor {
  @Field(() => AuditActorKind)
  kind: AuditActorKind;

  @Field(() => ID, { nullable: true, description: "The account's or the token's id." })
  id: string | null;

  @Field(() => String, { nullable: true })
  displayName: string | null;
}

/**
 * The GraphQL face of the kit's `AuditEvent` rows (the kit's class carries no GraphQL decorators,
 * so every subgraph can keep an audit table without clashing in the supergraph).
 */
@ObjectType('AuditEvent', { description: 'One line of the audit log: who did what to which subject, and when.' })
export class AuditEventNode {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: 'What happened, e.g. API_TOKEN_REVOKED or SIGN_IN_FAILED.' })
  action: string;

  @Field(() => String, { nullable: true, description: 'The kind of thing it happened to, e.g. Account or ApiToken.' })
  subjectType: string | null;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field(() => String, { nullable: true, description: 'The request id, to find the same request in the logs.' })
  requestId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Facts that explain the event; never secrets.' })
  details: Record<string, unknown>;
}
