import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A country of the network, by its ISO 3166-1 alpha-2 code.' })
@Directive('@key(fields: "code")')
@Entity({ name: 'country' })
export class Country {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. "IT".' })
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'partner_organization_id', type: 'uuid', nullable: true })
  partnerOrganizationId: string | null;
}
