import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AwardsContext } from '../context';
import { JuryMember } from './jury-member.entity';
import { AssignJurorInput, RemoveJurorInput } from './jury.input';
import { AssignJurorPayload, RemoveJurorPayload } from './jury.payload';
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
}
