import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AwardsContext } from '../context';
import { JuryMember } from './jury-member.entity';
import { JuryConflictService } from './jury-conflict.service';
import {
  AssignJurorInput,
  DeclareConflictInput,
  RemoveJurorInput,
  WithdrawConflictDeclarationInput,
} from './jury.input';
import {
  AssignJurorPayload,
  DeclareConflictPayload,
  RemoveJurorPayload,
  WithdrawConflictDeclarationPayload,
} from './jury.payload';
import { JuryService } from './jury.service';

@Resolver(() => JuryMember)
export class JuryResolver {
  @Mutation(() => AssignJurorPayload, {
    description:
      "Puts a network account on an award edition's jury, once: admins for any edition, coordinators for " +
      "their country's. A juror reads the nominations of the editions they are on the jury of.",
  })
  async assignJuror(
    @Arg('input', () => AssignJurorInput) input: AssignJurorInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<AssignJurorPayload> {
    const juryMember = await new JuryService(ctx).assign(input);
    return { juryMember, edition: (await ctx.loaders.editionById.load(juryMember.editionId))! };
  }

  @Mutation(() => RemoveJurorPayload, {
    description: "Takes a juror off an award edition's jury: admins for any edition, coordinators for their country's.",
  })
  async removeJuror(
    @Arg('input', () => RemoveJurorInput) input: RemoveJurorInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<RemoveJurorPayload> {
    return { jurorAccountId: input.jurorAccountId, edition: await new JuryService(ctx).remove(input) };
  }

  @Mutation(() => DeclareConflictPayload, {
    description:
      "Declares the caller's conflict of interest with a nomination of an edition whose jury they are on, " +
      'before the edition is decided: from then on they neither see nor score it, and their scorecard for it ' +
      'is deleted.',
  })
  declareConflict(
    @Arg('input', () => DeclareConflictInput) input: DeclareConflictInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<DeclareConflictPayload> {
    return new JuryConflictService(ctx).declare(input);
  }

  @Mutation(() => WithdrawConflictDeclarationPayload, {
    description: "Withdraws the caller's own declared conflict with a nomination, before the edition is decided.",
  })
  async withdrawConflictDeclaration(
    @Arg('input', () => WithdrawConflictDeclarationInput) input: WithdrawConflictDeclarationInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<WithdrawConflictDeclarationPayload> {
    return { nominationId: input.nominationId, edition: await new JuryConflictService(ctx).withdraw(input) };
  }
}
