import { Field, Int, ObjectType } from 'type-graphql';
import { Account } from './account.entity';

@ObjectType()
export class CreateAccountPayload {
  @Field(() => Account)
  account: Account;
}

@ObjectType()
export class ChangeAccountRolePayload {
  @Field(() => Account)
  account: Account;
}

@ObjectType()
export class DisableAccountPayload {
  @Field(() => Account)
  account: Account;

  @Field(() => Int, { description: 'Sessions that were open and are now ended.' })
  sessionsEnded: number;
}
