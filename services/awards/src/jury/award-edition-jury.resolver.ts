import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { AwardEdition } from '../award-editions/award-edition.entity';
import { JuryConflict } from './jury-conflict.entity';
import { JuryConflictService } from './jury-conflict.service';
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

  @FieldResolver(() => [JuryConflict], {
    description:
      "The conflicts of interest of the edition's jurors, declared by them or detected by the platform (see " +
      "ConflictKind), oldest first: every juror's for admins and the coordinator of its country, their own for a " +
      'juror; an empty list for everyone else.',
  })
  conflicts(@Root() edition: AwardEdition, @Ctx() ctx: AwardsContext): Promise<JuryConflict[]> {
    return new JuryConflictService(ctx).forEdition(edition.id);
  }
}
