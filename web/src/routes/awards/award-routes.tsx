import type { RouteObject } from 'react-router';
import { AwardEditionRoute } from './AwardEditionRoute';
import { AwardEditionsRoute } from './AwardEditionsRoute';
import { NominationCreateRoute } from './NominationCreateRoute';
import { NominationRoute } from './NominationRoute';

/** The awards pages for guidelines, editions and nominations (the jury's pages are in jury-routes.tsx). */
export const awardRoutes: RouteObject[] = [
  { path: 'awards', element: <AwardEditionsRoute /> },
  { path: 'awards/editions/:id', element: <AwardEditionRoute /> },
  { path: 'awards/editions/:id/nominate', element: <NominationCreateRoute /> },
  { path: 'awards/nominations/:id', element: <NominationRoute /> },
];
