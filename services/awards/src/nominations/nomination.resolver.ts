import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { AwardEditionService } from '../award-editions/award-edition.service';
import { InitiativeStub } from '../initiative/initiative.stub';
import { Nomination } from './nomination.entity';
import { SubmitNominationInput } from './nomination.input';
import { SubmitNominationPayload } from './nomination.payload';
import { NominationService } from './nomination.service';

@Resolver(() => Nomination)
export class NominationResolver {
  @Query(() => Nomination, {
    nullable: true,
    description:
      'A nomination the caller may see: any for the network, any of their editions for jurors, ' +
      'announced winners and finalists for everyone.',
  })
  nomination(@Arg('id', () => ID) id: string, @Ctx() ctx: AwardsContext): Promise<Nomination | null> {
    return new NominationService(ctx).byId(id);
  }

  @Mutation(() => SubmitNominationPayload, {
    description:
      'Nominates an initiative for an edition whose nominations are open, once per initiative and edition, ' +
      "in the caller's name: admins for any edition, coordinators and members for their own country's.",
  })
  async submitNomination(
    @Arg('input', () => SubmitNominationInput) input: SubmitNominationInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<SubmitNominationPayload> {
    return { nomination: await new NominationService(ctx).submit(input) };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Display name of whoever nominated it; null for the public and for jurors outside the edition's jury.",
  })
  nominatedBy(@Root() nomination: Nomination, @Ctx() ctx: AwardsContext): Promise<string | null> {
    return new NominationService(ctx).nominatedBy(nomination);
  }

  @FieldResolver(() => AwardEdition)
  async edition(@Root() nomination: Nomination, @Ctx() ctx: AwardsContext): Promise<AwardEdition> {
    return (await new AwardEditionService(ctx).byId(nomination.editionId))!;
  }

  @FieldResolver(() => InitiativeStub)
  initiative(@Root() nomination: Nomination): InitiativeStub {
    return { id: nomination.initiativeId };
  }
}
