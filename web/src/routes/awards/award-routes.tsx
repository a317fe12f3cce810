import type { RouteObject } from 'react-router';
import { AwardEditionRoute } from './AwardEditionRoute';
import { AwardEditionsRoute } from './AwardEditionsRoute';
import { GuidelineCreateRoute } from './GuidelineCreateRoute';
import { GuidelineDifferenceRoute } from './GuidelineDifferenceRoute';
import { GuidelineEditRoute } from './GuidelineEditRoute';
import { GuidelineRoute } from './GuidelineRoute';
import { GuidelinesRoute } from './GuidelinesRoute';
import { NominationCreateRoute } from './NominationCreateRoute';
import { NominationRoute } from './NominationRoute';

/** The awards pages for guidelines, editions and nominations (the jury's pages are in jury-routes.tsx). */
export const awardRoutes: RouteObject[] = [
  { path: 'awards', element: <AwardEditionsRoute /> },
  { path: 'awards/editions/:id', element: <AwardEditionRoute /> },
  { path: 'awards/editions/:id/nominate', element: <NominationCreateRoute /> },
  { path: 'awards/nominations/:id', element: <NominationRoute /> },
  { path: 'awards/guidelines', element: <GuidelinesRoute /> },
  { path: 'awards/guidelines/new', element: <GuidelineCreateRoute /> },
  { path: 'awards/guidelines/compare', element: <GuidelineDifferenceRoute /> },
  { path: 'awards/guidelines/:id', element: <GuidelineRoute /> },
  { path: 'awards/guidelines/:id/edit', element: <GuidelineEditRoute /> },
];
