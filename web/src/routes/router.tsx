import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { RouteError } from '../components/RouteError';
import { SIGN_IN_PATH } from '../viewer/sign-in-path';
import { SignInRoute } from './auth/SignInRoute';
import { InitiativeRoute } from './initiatives/InitiativeRoute';
import { InitiativesRoute } from './initiatives/InitiativesRoute';
import { NotFoundRoute } from './NotFoundRoute';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/initiatives" replace /> },
        { path: 'initiatives', element: <InitiativesRoute /> },
        { path: 'initiatives/:id', element: <InitiativeRoute /> },
        { path: SIGN_IN_PATH, element: <SignInRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
