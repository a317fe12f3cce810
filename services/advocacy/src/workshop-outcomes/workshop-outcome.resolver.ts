import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AdvocacyContext } from '../context';
import { InitiativeStub, initiativeStub } from '../initiative/initiative.stub';
import { Workshop } from '../workshops/workshop.entity';
import { WorkshopOutcome } from './workshop-outcome.entity';
import { WorkshopOutcomesArgs } from './workshop-outcome.args';
import { WorkshopOutcomeConnection } from './workshop-outcome.connection';
import { RecordWorkshopOutcomeInput } from './workshop-outcome.input';
import { RecordWorkshopOutcomePayload } from './workshop-outcome.payload';
import { WorkshopOutcomeService } from './workshop-outcome.service';

@Resolver(() => WorkshopOutcome)
export class WorkshopOutcomeResolver {
  @Query(() => WorkshopOutcome, {
    nullable: true,
    description: 'A workshop outcome, for the network; null for the public.',
  })
  workshopOutcome(@Arg('id', () => ID) id: string, @Ctx() ctx: AdvocacyContext): Promise<WorkshopOutcome | null> {
    return new WorkshopOutcomeService(ctx).byId(id);
  }

  @Query(() => WorkshopOutcomeConnection, {
    description:
      'Workshop outcomes, soonest follow-up first (undated last), filtered and paginated; ' +
      'for the network only (the public gets none).',
  })
  workshopOutcomes(@Args(() => WorkshopOutcomesArgs) args: WorkshopOutcomesArgs, @Ctx() ctx: AdvocacyContext) {
    return new WorkshopOutcomeService(ctx).list(args);
  }

  @Mutation(() => RecordWorkshopOutcomePayload, {
    description: "Writes down an outcome of a workshop: admins and the coordinator of the workshop's country.",
  })
  async recordWorkshopOutcome(
    @Arg('input', () => RecordWorkshopOutcomeInput) input: RecordWorkshopOutcomeInput,
    @Ctx() ctx: AdvocacyContext,
  ): Promise<RecordWorkshopOutcomePayload> {
    return { outcome: await new WorkshopOutcomeService(ctx).record(input) };
  }

  @FieldResolver(() => Workshop)
  workshop(@Root() outcome: WorkshopOutcome, @Ctx() ctx: AdvocacyContext): Promise<Workshop> {
    return new WorkshopOutcomeService(ctx).workshopOf(outcome);
  }

  @FieldResolver(() => [InitiativeStub], { description: 'Initiatives the outcome cites.' })
  async initiatives(@Root() outcome: WorkshopOutcome, @Ctx() ctx: AdvocacyContext): Promise<InitiativeStub[]> {
    return (await new WorkshopOutcomeService(ctx).initiativeIds(outcome.id)).map(initiativeStub);
  }
}
