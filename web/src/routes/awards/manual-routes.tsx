import type { RouteObject } from 'react-router';
import { BestPracticeRoute } from './BestPracticeRoute';
import { BestPracticesRoute } from './BestPracticesRoute';
import { ManualRoute } from './ManualRoute';
import { ManualsRoute } from './ManualsRoute';

/** The awards pages for best practices and the manuals that gather them. */
export const manualRoutes: RouteObject[] = [
  { path: 'awards/best-practices', element: <BestPracticesRoute /> },
  { path: 'awards/best-practices/:id', element: <BestPracticeRoute /> },
  { path: 'awards/manuals', element: <ManualsRoute /> },
  { path: 'awards/manuals/:id', element: <ManualRoute /> },
];
