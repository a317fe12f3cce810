import { createDataSource } from '@best/kit';
import { AwardEdition } from './award-editions/award-edition.entity';
import { Criterion } from './guidelines/criterion.entity';
import { Guideline } from './guidelines/guideline.entity';
import { Nomination } from './nominations/nomination.entity';
import { CreateAwards1764000100000 } from './migrations/1764000100000-CreateAwards';

export const awardsEntities = [Guideline, Criterion, AwardEdition, Nomination];
export const awardsMigrations = [CreateAwards1764000100000];

export function createAwardsDataSource(url: string, onQuery?: (sql: string) => void) {
  return createDataSource({ url, entities: awardsEntities, migrations: awardsMigrations, onQuery });
}
