import { Field, ID, ObjectType } from 'type-graphql';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { JuryConflict } from './jury-conflict.entity';
import { JuryMember } from './jury-member.entity';

@ObjectType()
export class AssignJurorPayload {
  @Field(() => JuryMember)
  juryMember: JuryMember;

  @Field(() => AwardEdition)
  edition: AwardEdition;
}

@ObjectType()
export class RemoveJurorPayload {
  @Field(() => ID)
  jurorAccountId: string;

  @Field(() => AwardEdition)
  edition: AwardEdition;
}

@ObjectType()
export class DeclareConflictPayload {
  @Field(() => JuryConflict)
  conflict: JuryConflict;

  @Field(() => AwardEdition)
  edition: AwardEdition;
}

@ObjectType()
export class WithdrawConflictDeclarationPayload {
  @Field(() => ID)
  nominationId: string;

  @Field(() => AwardEdition)
  edition: AwardEdition;
}
