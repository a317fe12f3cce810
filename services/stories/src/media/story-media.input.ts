import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Min } from 'class-validator';
import { IsUuid, SafeText } from '@best/kit';
import { MAX_ALT_TEXT, MAX_CAPTION } from './media.service';

@InputType({ description: "Changes a media item's caption, alt text or whether it shows the storyteller." })
export class UpdateStoryMediaInput {
  @Field(() => ID)
  @IsUuid()
  mediaId: string;

  @Field(() => Int, { description: 'The version you edited; a newer one refuses the change with CONFLICT.' })
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Absent: unchanged. A photo needs one.' })
  @IsOptional()
  @SafeText(MAX_CAPTION)
  caption?: string | null;

  @Field(() => String, { nullable: true, description: 'Absent: unchanged. A photo needs one.' })
  @IsOptional()
  @SafeText(MAX_ALT_TEXT)
  altText?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Absent: unchanged.' })
  @IsOptional()
  showsStoryteller?: boolean | null;
}

@InputType()
export class RemoveStoryMediaInput {
  @Field(() => ID)
  @IsUuid()
  mediaId: string;
}
