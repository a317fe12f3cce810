import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsString,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
} from 'class-validator';
import { Email, IsUuid, isHttpUrl, MAX_URL_LENGTH, SafeText } from '@best/kit';

export const MAX_EVIDENCE_ITEMS = 20;
/** The most eligibility rules a guideline has is far below this; it bounds the work of one request. */
export const MAX_CHECKS = 100;

/** A piece of evidence that starts like an address (`https:`, `javascript:`, `mailto:x`...), not like a sentence. */
const LOOKS_LIKE_AN_ADDRESS = /^[a-z][a-z0-9+.-]*:\S/i;

/** True for a short text, or for a link that is an http(s) web address. */
export const isEvidenceItem = (item: unknown): boolean =>
  typeof item === 'string' && (!LOOKS_LIKE_AN_ADDRESS.test(item.trim()) || isHttpUrl(item.trim()));

/**
 * Each piece of evidence is a link or a short text (a visit report, say, as the demo data has):
 * one that starts like an address must be a web address starting with http:// or https://.
 */
function EvidenceLinks() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'evidenceLinks',
      target: target.constructor,
      propertyName,
      options: {
        message: `a link must be a web address starting with https:// (at most ${MAX_URL_LENGTH} characters)`,
      },
      validator: {
        validate: (value: unknown) => value == null || (Array.isArray(value) && value.every(isEvidenceItem)),
      },
    });
}

@InputType({
  description:
    'An initiative put forward for an award edition whose nominations are open; the caller is the nominator.',
})
export class SubmitNominationInput {
  @Field(() => ID)
  @IsUuid({ message: 'editionId must be an award edition id' })
  editionId: string;

  @Field(() => ID)
  @IsUuid({ message: 'initiativeId must be an initiative id' })
  initiativeId: string;

  @Field(() => String, { description: 'Why the initiative deserves the award (20 to 5000 characters).' })
  @SafeText(5000, { min: 20 })
  statement: string;

  @Field(() => [String], {
    nullable: true,
    description:
      `Links or short texts, at most ${MAX_EVIDENCE_ITEMS}; a link must be a web address starting with ` +
      'http:// or https://.',
  })
  @ArrayMaxSize(MAX_EVIDENCE_ITEMS)
  @SafeText(2000, { min: 1, each: true })
  @EvidenceLinks()
  evidence?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The public's nominator (not signed in): their name (1 to 120 characters), required from them and shown " +
      'to the network as who nominated it. A signed-in caller nominates as themselves and leaves it empty.',
  })
  @SafeText(120, { min: 1 })
  nominatorName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The public's nominator: an email address where the staff can reach them, required from them; read only " +
      "by admins and the coordinator of the edition's country. A signed-in caller leaves it empty.",
  })
  @Email()
  nominatorEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Spam trap. A form renders this field hidden from people (not type="hidden": bots skip those) and ' +
      'sends what was typed in it. A nomination with anything in it is answered like any other and dropped.',
  })
  homepage?: string | null;
}

@InputType('NominationEligibilityCheckInput', {
  description: "The answer to one eligibility rule of the edition's guideline.",
})
export class EligibilityCheckInput {
  @Field(() => String, { description: "The rule's key in the guideline's eligibilityRules." })
  @IsString()
  @MaxLength(80)
  rule: string;

  @Field(() => Boolean, { description: 'Whether the nomination meets the rule.' })
  @IsBoolean()
  met: boolean;

  @Field(() => String, { nullable: true, description: 'What the screener noted (at most 1000 characters).' })
  @SafeText(1000)
  note?: string | null;
}

/** What every change to one nomination names: which one, and the version the caller last read. */
@InputType()
abstract class NominationChangeInput {
  @Field(() => ID)
  @IsUuid({ message: 'id must be a nomination id' })
  id: string;

  @Field(() => Int, { description: "The nomination's version as the caller last read it." })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({
  description:
    "Screens a nomination against every eligibility rule of its edition's guideline: eligible when all are met.",
})
export class ScreenNominationInput extends NominationChangeInput {
  @Field(() => [EligibilityCheckInput], { description: 'One answer for each rule of the guideline, each once.' })
  @ArrayMaxSize(MAX_CHECKS)
  @ValidateNested()
  checks: EligibilityCheckInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Why it is (in)eligible (1 to 1000 characters); required when a rule is not met.',
  })
  @SafeText(1000, { min: 1 })
  reason?: string | null;
}

@InputType({ description: 'Puts an eligible nomination on the shortlist, or takes it off.' })
export class ShortlistNominationInput extends NominationChangeInput {
  @Field(() => Boolean, { description: 'true: ELIGIBLE → SHORTLISTED; false: SHORTLISTED → ELIGIBLE.' })
  @IsBoolean()
  shortlisted: boolean;
}

@InputType({ description: 'Takes a nomination back, before judging starts, saying why.' })
export class WithdrawNominationInput extends NominationChangeInput {
  @Field(() => String, { description: 'Why it is withdrawn (1 to 1000 characters); shown to the network.' })
  @SafeText(1000, { min: 1 })
  reason: string;
}
