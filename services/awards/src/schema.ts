import { buildFederatedSchema, type FederatedSchema } from '@best/kit';
import { AwardEditionResolver } from './award-editions/award-edition.resolver';
import { BestPracticeResolver } from './best-practices/best-practice.resolver';
import { resolveBestPracticeReference } from './best-practices/best-practice.reference';
import { ManualChapterResolver } from './manuals/manual-chapter.resolver';
import { ManualResolver } from './manuals/manual.resolver';
import { resolveManualReference } from './manuals/manual.reference';
import { AwardDecisionResolver } from './results/award-decision.resolver';
import { CalibrationResolver } from './results/calibration.resolver';
import { resolveAwardEditionReference } from './award-editions/award-edition.reference';
import { GuidelineResolver } from './guidelines/guideline.resolver';
import { resolveGuidelineReference } from './guidelines/guideline.reference';
import { InitiativeAwardsResolver } from './initiative/initiative-awards.resolver';
import { AwardEditionJuryResolver } from './jury/award-edition-jury.resolver';
import { JuryResolver } from './jury/jury.resolver';
import { NominationJuryResolver } from './jury/nomination-jury.resolver';
import { resolveInitiativeReference } from './initiative/initiative.reference';
import { NominationResolver } from './nominations/nomination.resolver';
import { resolveNominationReference } from './nominations/nomination.reference';
import { ResultsResolver } from './results/results.resolver';
import { AwardEditionScoresResolver } from './scores/award-edition-scores.resolver';
import { NominationScoresResolver } from './scores/nomination-scores.resolver';
import { ScorecardResolver } from './scores/scorecard.resolver';

/**
 * The awards subgraph: guidelines, national award editions, their juries, nominations, scores and results, best
 * practices and manuals, and Initiative.nominations and Initiative.bestPractice.
 */
export function buildAwardsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      GuidelineResolver,
      AwardEditionResolver,
      AwardEditionJuryResolver,
      JuryResolver,
      NominationResolver,
      InitiativeAwardsResolver,
      NominationJuryResolver,
      ScorecardResolver,
      NominationScoresResolver,
      AwardEditionScoresResolver,
      ResultsResolver,
      AwardDecisionResolver,
      CalibrationResolver,
      BestPracticeResolver,
      ManualResolver,
      ManualChapterResolver,
    ],
    references: {
      Guideline: { __resolveReference: resolveGuidelineReference },
      AwardEdition: { __resolveReference: resolveAwardEditionReference },
      Nomination: { __resolveReference: resolveNominationReference },
      Initiative: { __resolveReference: resolveInitiativeReference },
      BestPractice: { __resolveReference: resolveBestPracticeReference },
      Manual: { __resolveReference: resolveManualReference },
    },
  });
}
