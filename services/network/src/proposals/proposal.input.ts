import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, Min, ValidateNested } from 'class-validator';
import { CountryCode, Email, HttpUrl, IsUuid, LanguageCode, SafeText } from '@best/kit';
import { NewInitiativeInput } from '../initiatives/initiative.input';
import { OrganizationKind } from '../organizations/organization.enums';
import { TraitCheckInput } from './eligibility';
import { ProposerRelation, ReviewDecision } from './proposal.enums';

/** Far above any guideline's intake traits; bounds the work of one request. */
const MAX_TRAIT_CHECKS = 50;

@InputType({
  description:
    'An initiative proposed by anyone, signed in or not, in their own language. It waits, unseen by the ' +
    "public, for the coordinator of its country. Name the organisation that runs it: pick one of the network's " +
    '(organizationId) or write its name (organizationName).',
})
export class ProposeInitiativeInput extends NewInitiativeInput {
  @Field(() => ID, { description: 'The country where it runs (ISO 3166-1 alpha-2, a country of the network).' })
  @CountryCode()
  countryCode: string;

  @Field(() => ProposerRelation)
  proposerRelation: ProposerRelation;

  @Field(() => String, { description: 'ISO 639-1 code of the language the proposal is written in.' })
  @LanguageCode()
  language: string;

  @Field(() => String, { nullable: true, description: 'Who proposes it (at most 200 characters).' })
  @SafeText(200, { min: 2 })
  proposerName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For questions about the proposal; seen only by the staff who review it.',
  })
  @Email()
  proposerEmail?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation, if it is already in the network.' })
  @IsUuid({ message: 'organizationId must be an organisation id' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation that runs it, when not in the network.' })
  @SafeText(200, { min: 2 })
  organizationName?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  organizationKind?: OrganizationKind | null;

  @Field(() => String, { nullable: true })
  @HttpUrl()
  organizationWebsite?: string | null;

  @Field(() => [TraitCheckInput], {
    description:
      'Whether the initiative shows each intake trait of the current guideline (`intakeTraits`): every trait ' +
      'exactly once, by its key. A proposal that misses one, repeats one or names another is refused (BAD_USER_INPUT).',
  })
  @ArrayMaxSize(MAX_TRAIT_CHECKS)
  @ValidateNested()
  eligibility: TraitCheckInput[];

  @Field(() => String, {
    nullable: true,
    description:
      'Spam trap. A form renders this field hidden from people (not type="hidden": bots skip those) and ' +
      'sends what was typed in it. A proposal with anything in it is answered like any other and dropped.',
  })
  homepage?: string | null;
}

@InputType({ description: "A coordinator's review of a proposal against the current guideline's intake traits." })
export class ReviewProposalInput {
  @Field(() => ID)
  @IsUuid({ message: 'proposalId must be a proposal id' })
  proposalId: string;

  @Field(() => Int, { description: "The proposed initiative's version you reviewed." })
  @Min(1)
  expectedVersion: number;

  @Field(() => ReviewDecision, { description: 'LIST needs every intake trait met; DECLINE needs a reason.' })
  decision: ReviewDecision;

  @Field(() => [TraitCheckInput], {
    description: 'Every intake trait of the current guideline (`intakeTraits`) exactly once, by its key.',
  })
  @ArrayMaxSize(MAX_TRAIT_CHECKS)
  @ValidateNested()
  eligibility: TraitCheckInput[];

  @Field(() => String, { nullable: true, description: 'Why (3 to 1000 characters); required to decline.' })
  @SafeText(1000, { min: 3 })
  reason?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The organisation to list it under. Left out: the proposer's choice, or else a new organisation " +
      'from the name the proposer gave, entering the membership pipeline as IDENTIFIED.',
  })
  @IsUuid({ message: 'organizationId must be an organisation id' })
  organizationId?: string | null;
}
