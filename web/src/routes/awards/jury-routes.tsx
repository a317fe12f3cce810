import type { RouteObject } from 'react-router';
import { JuryRoute } from './JuryRoute';
import { ResultsRoute } from './ResultsRoute';
import { ScoreRoute } from './ScoreRoute';
import { ScoringRoute } from './ScoringRoute';

/** The jury's pages: running a jury, a juror's scoring, the results and the decision. */
export const juryRoutes: RouteObject[] = [
  { path: 'awards/scoring', element: <ScoringRoute /> },
  { path: 'awards/editions/:id/jury', element: <JuryRoute /> },
  { path: 'awards/editions/:id/score/:nominationId', element: <ScoreRoute /> },
  { path: 'awards/editions/:id/results', element: <ResultsRoute /> },
];
