import { defineSubgraph, type Viewer } from '@best/kit';
import type { DataSource } from 'typeorm';
import { AwardEdition } from './award-editions/award-edition.entity';
import { AwardEditionPhaseChange } from './award-editions/award-edition-phase-change.entity';
import { awardEditionLoaders } from './award-editions/award-edition.loaders';
import { BestPractice } from './best-practices/best-practice.entity';
import { bestPracticeLoaders } from './best-practices/best-practice.loaders';
import { ManualChapter } from './manuals/manual-chapter.entity';
import { Manual } from './manuals/manual.entity';
import { manualLoaders } from './manuals/manual.loaders';
import { awardDecisionLoaders } from './results/award-decision.loaders';
import { Criterion } from './guidelines/criterion.entity';
import { Guideline } from './guidelines/guideline.entity';
import { guidelineLoaders } from './guidelines/guideline.loaders';
import { JuryConflict } from './jury/jury-conflict.entity';
import { JuryMember } from './jury/jury-member.entity';
import { juryLoaders } from './jury/jury.loaders';
import { CreateAwards1764000100000 } from './migrations/1764000100000-CreateAwards';
import { CreateJury1768000000000 } from './migrations/1768000000000-CreateJury';
import { AddAwardEditionPhaseChanges1771000000000 } from './migrations/1771000000000-AddAwardEditionPhaseChanges';
import { AddNominationScreeningAndWithdrawal1772000000000 } from './migrations/1772000000000-AddNominationScreeningAndWithdrawal';
import { AddJuryConflictsAndScores1772100000000 } from './migrations/1772100000000-AddJuryConflictsAndScores';
import { AddAwardDecisions1772200000000 } from './migrations/1772200000000-AddAwardDecisions';
import { AddDetectedConflicts1774000000000 } from './migrations/1774000000000-AddDetectedConflicts';
import { AddPublicNominations1774000100000 } from './migrations/1774000100000-AddPublicNominations';
import { KeyEligibilityRules1775000000000 } from './migrations/1775000000000-KeyEligibilityRules';
import { AddBestPracticesAndManuals1773000000000 } from './migrations/1773000000000-AddBestPracticesAndManuals';
import { Nomination } from './nominations/nomination.entity';
import { nominationLoaders } from './nominations/nomination.loaders';
import { AwardDecision } from './results/award-decision.entity';
import { buildAwardsSchema } from './schema';
import { Score } from './scores/score.entity';
import { Scorecard } from './scores/scorecard.entity';
import { scorecardLoaders } from './scores/scorecard.loaders';
import { seedAwardsDemo } from './seed/demo-seed';
import { seedDetectedConflict } from './seed/demo-detected-conflict';

/** The awards subgraph: guidelines, national award editions, their juries and nominations, best practices, manuals. */
export const awardsSubgraph = defineSubgraph({
  name: 'awards',
  defaultPort: 4002,
  entities: [
    Guideline,
    Criterion,
    AwardEdition,
    AwardEditionPhaseChange,
    Nomination,
    JuryMember,
    JuryConflict,
    Scorecard,
    Score,
    AwardDecision,
    BestPractice,
    Manual,
    ManualChapter,
  ],
  migrations: [
    CreateAwards1764000100000,
    CreateJury1768000000000,
    AddAwardEditionPhaseChanges1771000000000,
    AddNominationScreeningAndWithdrawal1772000000000,
    AddJuryConflictsAndScores1772100000000,
    AddAwardDecisions1772200000000,
    AddBestPracticesAndManuals1773000000000,
    AddDetectedConflicts1774000000000,
    AddPublicNominations1774000100000,
    KeyEligibilityRules1775000000000,
  ],
  // Detected conflicts of interest need the organisations behind initiatives and jurors (network).
  readsThroughGateway: true,
  buildSchema: buildAwardsSchema,
  createLoaders: (dataSource: DataSource, viewer: Viewer) => ({
    ...guidelineLoaders(dataSource, viewer),
    ...awardEditionLoaders(dataSource, viewer),
    ...nominationLoaders(dataSource, viewer),
    ...juryLoaders(dataSource, viewer),
    ...scorecardLoaders(dataSource, viewer),
    ...awardDecisionLoaders(dataSource),
    ...bestPracticeLoaders(dataSource, viewer),
    ...manualLoaders(dataSource, viewer),
  }),
  seedDemo: async (dataSource: DataSource) => {
    await seedAwardsDemo(dataSource);
    await seedDetectedConflict(dataSource);
  },
});
