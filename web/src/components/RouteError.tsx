import { useRouteError } from 'react-router';
import { QueryError } from './QueryError';

/** What the router shows when a page throws while rendering. */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="app-main">
      <QueryError error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
