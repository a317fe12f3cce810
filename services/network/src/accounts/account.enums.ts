import { registerEnumType } from 'type-graphql';
import { Role } from '@best/kit';

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do; see docs/access-rules.md.',
  valuesConfig: {
    ADMIN: { description: 'European coordination: everything.' },
    NATIONAL_COORDINATOR: { description: "Staff of one country: that country's network, award, stories, workshops." },
    ORGANIZATION_MEMBER: { description: 'A member of one organisation.' },
    JUROR: { description: 'A juror of the award editions they are assigned to.' },
    VIEWER: { description: 'Reads what the network may read; changes nothing.' },
  },
});

export { Role };
