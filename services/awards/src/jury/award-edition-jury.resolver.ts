import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { JuryMember } from './jury-member.entity';
import { JuryService } from './jury.service';

/** The jury of an award edition. */
@Resolver(() => AwardEdition)
export class AwardEditionJuryResolver {
  @FieldResolver(() => [JuryMember], {
    description:
      "The edition's jurors, in the order they were assigned, for admins, the coordinator of its country " +
      'and its own jurors; an empty list for everyone else.',
  })
  jury(@Root() edition: AwardEdition, @Ctx() ctx: AwardsContext): Promise<JuryMember[]> {
    return new JuryService(ctx).forEdition(edition.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller is on this edition's jury." })
  viewerIsJuror(@Root() edition: AwardEdition, @Ctx() ctx: AwardsContext): Promise<boolean> {
    return new JuryService(ctx).callerIsOnJury(edition.id);
  }
}
