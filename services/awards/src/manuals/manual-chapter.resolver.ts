import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AwardsContext } from '../context';
import { BestPractice } from '../best-practices/best-practice.entity';
import { ManualChapter } from './manual-chapter.entity';
import { ManualService } from './manual.service';

@Resolver(() => ManualChapter)
export class ManualChapterResolver {
  @FieldResolver(() => [BestPractice], {
    description:
      'In the order given. A published manual shows them with the texts (and version) they had when it was ' +
      'published; a draft shows their current texts, leaving out any the caller may not read.',
  })
  bestPractices(@Root() chapter: ManualChapter, @Ctx() ctx: AwardsContext): Promise<BestPractice[]> {
    return new ManualService(ctx).bestPracticesOf(chapter);
  }
}
