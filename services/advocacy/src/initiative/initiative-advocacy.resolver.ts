import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AdvocacyContext } from '../context';
import { WorkshopOutcome } from '../workshop-outcomes/workshop-outcome.entity';
import { WorkshopOutcomeService } from '../workshop-outcomes/workshop-outcome.service';
import { InitiativeStub } from './initiative.stub';

@Resolver(() => InitiativeStub)
export class InitiativeAdvocacyResolver {
  @FieldResolver(() => [WorkshopOutcome], {
    description:
      'Workshop outcomes that cite this initiative, newest first; for the network only (empty for the public).',
  })
  workshopOutcomes(@Root() initiative: InitiativeStub, @Ctx() ctx: AdvocacyContext): Promise<WorkshopOutcome[]> {
    return new WorkshopOutcomeService(ctx).citing(initiative.id);
  }
}
