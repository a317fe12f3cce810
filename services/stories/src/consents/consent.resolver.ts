import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { StoriesContext } from '../context';
import { Story } from '../stories/story.entity';
import { Consent } from './consent.entity';
import { WithdrawConsentInput } from './consent.input';
import { WithdrawConsentPayload } from './consent.payload';
import { ConsentService } from './consent.service';

@Resolver(() => Consent)
export class ConsentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Where the signed form or recording is kept; only admins and the coordinator of the story's country see it.",
  })
  async evidenceReference(@Root() consent: Consent, @Ctx() ctx: StoriesContext): Promise<string | null> {
    return (await new ConsentService(ctx).withDetails(consent))?.evidenceReference ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Who recorded the consent; only admins and the coordinator of the story's country see it.",
  })
  async recordedBy(@Root() consent: Consent, @Ctx() ctx: StoriesContext): Promise<string | null> {
    return (await new ConsentService(ctx).withDetails(consent))?.recordedBy ?? null;
  }
}

@Resolver(() => Story)
export class StoryConsentResolver {
  @FieldResolver(() => Consent, { nullable: true, description: 'The current consent; null while none is recorded.' })
  consent(@Root() story: Story, @Ctx() ctx: StoriesContext): Promise<Consent | null> {
    return new ConsentService(ctx).current(story.id);
  }

  @Mutation(() => WithdrawConsentPayload, {
    description: 'Withdraws the consent of a story: it disappears from every view from the next request on.',
  })
  withdrawConsent(@Arg('input', () => WithdrawConsentInput) input: WithdrawConsentInput, @Ctx() ctx: StoriesContext) {
    return new ConsentService(ctx).withdraw(input);
  }
}
