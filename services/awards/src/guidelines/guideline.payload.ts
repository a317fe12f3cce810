import { Field, ObjectType } from 'type-graphql';
import { Guideline } from './guideline.entity';

@ObjectType()
export class CreateGuidelineDraftPayload {
  @Field(() => Guideline)
  guideline: Guideline;
}

@ObjectType()
export class ReviseGuidelineDraftPayload {
  @Field(() => Guideline)
  guideline: Guideline;
}

@ObjectType()
export class PublishGuidelinePayload {
  @Field(() => Guideline)
  guideline: Guideline;
}

@ObjectType()
export class StartGuidelineVersionPayload {
  @Field(() => Guideline, { description: 'The new draft, a copy of the latest published version.' })
  guideline: Guideline;
}
