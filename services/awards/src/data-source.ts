import { createDataSource } from '@best/kit';
import { AwardEdition } from './award-editions/award-edition.entity';
import { Criterion } from './guidelines/criterion.entity';
import { Guideline } from './guidelines/guideline.entity';
import { JuryMember } from './jury/jury-member.entity';
import { Nomination } from './nominations/nomination.entity';
import { CreateAwards1764000100000 } from './migrations/1764000100000-CreateAwards';
import { CreateJury1768000000000 } from './migrations/1768000000000-CreateJury';

export const awardsEntities = [Guideline, Criterion, AwardEdition, Nomination, JuryMember];
export const awardsMigrations = [CreateAwards1764000100000, CreateJury1768000000000];

export function createAwardsDataSource(url: string, onQuery?: (sql: string) => void) {
  return createDataSource({ url, entities: awardsEntities, migrations: awardsMigrations, onQuery });
}
