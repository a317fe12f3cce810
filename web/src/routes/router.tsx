import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { RouteError } from '../components/RouteError';
import { SIGN_IN_PATH } from '../viewer/sign-in-path';
import { calibrationRoutes } from './awards/calibration-routes';
import { juryRoutes } from './awards/jury-routes';
import { awardRoutes } from './awards/award-routes';
import { manualRoutes } from './awards/manual-routes';
import { SignInRoute } from './auth/SignInRoute';
import { InitiativeCreateRoute } from './initiatives/InitiativeCreateRoute';
import { InitiativeEditRoute } from './initiatives/InitiativeEditRoute';
import { InitiativeRoute } from './initiatives/InitiativeRoute';
import { InitiativesRoute } from './initiatives/InitiativesRoute';
import { NotFoundRoute } from './NotFoundRoute';
import { IntakeRoute } from './proposals/IntakeRoute';
import { ProposeRoute } from './proposals/ProposeRoute';
import { OrganizationRoute } from './organizations/OrganizationRoute';
import { OrganizationsRoute } from './organizations/OrganizationsRoute';
import { PublicationsRoute } from './stories/PublicationsRoute';
import { StoriesRoute } from './stories/StoriesRoute';
import { StoryCreateRoute } from './stories/StoryCreateRoute';
import { StoryEditRoute } from './stories/StoryEditRoute';
import { StoryReviewRoute } from './stories/StoryReviewRoute';
import { StoryRoute } from './stories/StoryRoute';
import { StoryTombstonesRoute } from './stories/StoryTombstonesRoute';
import { WithdrawRoute } from './withdraw/WithdrawRoute';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/initiatives" replace /> },
        { path: 'initiatives', element: <InitiativesRoute /> },
        { path: 'initiatives/new', element: <InitiativeCreateRoute /> },
        { path: 'initiatives/:id', element: <InitiativeRoute /> },
        { path: 'initiatives/:id/edit', element: <InitiativeEditRoute /> },
        { path: 'propose', element: <ProposeRoute /> },
        { path: 'intake', element: <IntakeRoute /> },
        { path: 'organizations', element: <OrganizationsRoute /> },
        { path: 'organizations/:id', element: <OrganizationRoute /> },
        { path: 'stories', element: <StoriesRoute /> },
        { path: 'stories/review', element: <StoryReviewRoute /> },
        { path: 'stories/publications', element: <PublicationsRoute /> },
        { path: 'stories/erased', element: <StoryTombstonesRoute /> },
        { path: 'stories/new', element: <StoryCreateRoute /> },
        { path: 'stories/:id', element: <StoryRoute /> },
        { path: 'stories/:id/edit', element: <StoryEditRoute /> },
        { path: 'withdraw', element: <WithdrawRoute /> },
        ...awardRoutes,
        ...manualRoutes,
        ...juryRoutes,
        ...calibrationRoutes,
        { path: SIGN_IN_PATH, element: <SignInRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
