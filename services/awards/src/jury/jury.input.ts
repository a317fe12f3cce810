import { Field, ID, InputType } from 'type-graphql';
import { IsUuid, SafeText } from '@best/kit';

@InputType({ description: "Puts a network account on an award edition's jury." })
export class AssignJurorInput {
  @Field(() => ID)
  @IsUuid({ message: 'editionId must be an award edition id' })
  editionId: string;

  @Field(() => ID, { description: "The juror's network account." })
  @IsUuid({ message: 'jurorAccountId must be an account id' })
  jurorAccountId: string;

  @Field(() => String, { description: 'How the juror is named on this jury (1 to 200 characters).' })
  @SafeText(200, { min: 1 })
  displayName: string;
}

@InputType({ description: "Takes a juror off an award edition's jury." })
export class RemoveJurorInput {
  @Field(() => ID)
  @IsUuid({ message: 'editionId must be an award edition id' })
  editionId: string;

  @Field(() => ID)
  @IsUuid({ message: 'jurorAccountId must be an account id' })
  jurorAccountId: string;
}

@InputType({
  description: 'Declares that the caller, a juror of the edition, cannot judge one nomination impartially.',
})
export class DeclareConflictInput {
  @Field(() => ID)
  @IsUuid({ message: 'nominationId must be a nomination id' })
  nominationId: string;

  @Field(() => String, { description: 'Why (1 to 1000 characters); read by admins and the coordinator.' })
  @SafeText(1000, { min: 1 })
  reason: string;
}

@InputType({ description: "Withdraws the caller's own declared conflict with a nomination." })
export class WithdrawConflictDeclarationInput {
  @Field(() => ID)
  @IsUuid({ message: 'nominationId must be a nomination id' })
  nominationId: string;
}
