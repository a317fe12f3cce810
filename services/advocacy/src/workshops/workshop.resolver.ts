import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { AdvocacyContext } from '../context';
import { CountryStub, countryStub } from '../country/country.stub';
import { InitiativeStub, initiativeStub } from '../initiative/initiative.stub';
import { WorkshopOutcome } from '../workshop-outcomes/workshop-outcome.entity';
import { WorkshopOutcomeService } from '../workshop-outcomes/workshop-outcome.service';
import { Workshop } from './workshop.entity';
import { WorkshopsArgs } from './workshop.args';
import { WorkshopConnection } from './workshop.connection';
import { WorkshopParticipantGroup } from './workshop-participant-group.entity';
import { WorkshopService } from './workshop.service';

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Query(() => Workshop, { nullable: true, description: 'A workshop, for the network; null for the public.' })
  workshop(@Arg('id', () => ID) id: string, @Ctx() ctx: AdvocacyContext): Promise<Workshop | null> {
    return new WorkshopService(ctx).byId(id);
  }

  @Query(() => WorkshopConnection, {
    description: 'Workshops, newest first, filtered and paginated; for the network only (the public gets none).',
  })
  workshops(@Args(() => WorkshopsArgs) args: WorkshopsArgs, @Ctx() ctx: AdvocacyContext) {
    return new WorkshopService(ctx).list(args);
  }

  @FieldResolver(() => CountryStub)
  country(@Root() workshop: Workshop): CountryStub {
    return countryStub(workshop.countryCode);
  }

  @FieldResolver(() => [WorkshopParticipantGroup], {
    description: 'Participants by kind; kinds nobody came as are left out.',
  })
  participants(@Root() workshop: Workshop, @Ctx() ctx: AdvocacyContext): Promise<WorkshopParticipantGroup[]> {
    return new WorkshopService(ctx).participants(workshop.id);
  }

  @FieldResolver(() => Int, { description: 'Everyone who took part, all kinds together.' })
  participantTotal(@Root() workshop: Workshop, @Ctx() ctx: AdvocacyContext): Promise<number> {
    return new WorkshopService(ctx).participantTotal(workshop.id);
  }

  @FieldResolver(() => [InitiativeStub], {
    description: 'Initiatives presented at the workshop, in the order presented.',
  })
  initiativesPresented(@Root() workshop: Workshop): InitiativeStub[] {
    return workshop.initiativeIds.map(initiativeStub);
  }

  @FieldResolver(() => [WorkshopOutcome], { description: 'What the workshop produced, lessons first.' })
  outcomes(@Root() workshop: Workshop, @Ctx() ctx: AdvocacyContext): Promise<WorkshopOutcome[]> {
    return new WorkshopOutcomeService(ctx).ofWorkshop(workshop.id);
  }
}
