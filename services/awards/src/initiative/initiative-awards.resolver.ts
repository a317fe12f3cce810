import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { BestPractice } from '../best-practices/best-practice.entity';
import { BestPracticeService } from '../best-practices/best-practice.service';
import { Nomination } from '../nominations/nomination.entity';
import { NominationService } from '../nominations/nomination.service';
import { InitiativeStub } from './initiative.stub';

@Resolver(() => InitiativeStub)
export class InitiativeAwardsResolver {
  @FieldResolver(() => [Nomination], {
    description:
      "This initiative's nominations the caller may see, oldest first: all for the network, those of " +
      'their own editions for jurors, announced winners and finalists for everyone.',
  })
  nominations(@Root() initiative: InitiativeStub, @Ctx() ctx: AwardsContext): Promise<Nomination[]> {
    return new NominationService(ctx).forInitiative(initiative.id);
  }

  @FieldResolver(() => BestPractice, {
    nullable: true,
    description:
      'The best practice approved from this initiative (the latest, should it have won more than once) that the ' +
      'caller may read; null when none.',
  })
  bestPractice(@Root() initiative: InitiativeStub, @Ctx() ctx: AwardsContext): Promise<BestPractice | null> {
    return new BestPracticeService(ctx).forInitiative(initiative.id);
  }
}
