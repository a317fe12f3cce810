import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { StoriesContext } from '../context';
import { Story } from '../stories/story.entity';
import { Consent } from './consent.entity';
import { RecordConsentInput, WithdrawConsentInput, WithdrawConsentWithCodeInput } from './consent.input';
import { RecordConsentPayload, WithdrawConsentPayload, WithdrawConsentWithCodePayload } from './consent.payload';
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

  @FieldResolver(() => [Consent], {
    description:
      "Every consent recorded for the story, newest first (the current one included); only admins and the coordinator of the story's country see it, others get an empty list.",
  })
  consentHistory(@Root() story: Story, @Ctx() ctx: StoriesContext): Promise<Consent[]> {
    return new ConsentService(ctx).history(story);
  }

  @Mutation(() => RecordConsentPayload, {
    description:
      "Records the consent of a story from the signed form or recording (admins and the coordinator of the story's " +
      'country); it replaces the current one, which stays as history. Returns the withdrawal code for the storyteller, once.',
  })
  recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: StoriesContext) {
    return new ConsentService(ctx).recordFromInput(input);
  }

  @Mutation(() => WithdrawConsentPayload, {
    description: 'Withdraws the consent of a story: it disappears from every view from the next request on.',
  })
  withdrawConsent(@Arg('input', () => WithdrawConsentInput) input: WithdrawConsentInput, @Ctx() ctx: StoriesContext) {
    return new ConsentService(ctx).withdraw(input);
  }

  @Mutation(() => WithdrawConsentWithCodePayload, {
    description:
      'The storyteller withdraws their consent with the private code they received, without an account. The same ' +
      'effect as staff withdrawing it; asking again answers the same. Says nothing about the story.',
  })
  withdrawConsentWithCode(
    @Arg('input', () => WithdrawConsentWithCodeInput) input: WithdrawConsentWithCodeInput,
    @Ctx() ctx: StoriesContext,
  ) {
    return new ConsentService(ctx).withdrawWithCode(input);
  }
}
