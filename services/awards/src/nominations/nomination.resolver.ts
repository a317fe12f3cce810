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
  @Query(() => Nomination, { nullable: true })
  nomination(@Arg('id', () => ID) id: string, @Ctx() ctx: AwardsContext): Promise<Nomination | null> {
    return new NominationService(ctx).byId(id);
  }

  @Mutation(() => SubmitNominationPayload, {
    description: 'Nominates an initiative for an edition whose nominations are open; once per initiative and edition.',
  })
  async submitNomination(
    @Arg('input', () => SubmitNominationInput) input: SubmitNominationInput,
    @Ctx() ctx: AwardsContext,
  ): Promise<SubmitNominationPayload> {
    return { nomination: await new NominationService(ctx).submit(input) };
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
