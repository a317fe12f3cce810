import { NetworkStatus } from '@apollo/client';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LoadingState } from './LoadingState';
import { PageTitle } from './PageTitle';
import { QueryError } from './QueryError';

/** What the page shells need from a `useQuery` result (the query stays typed where it is written). */
export interface PageQueryResult<TData> {
  data?: TData;
  previousData?: TData;
  error?: unknown;
  networkStatus?: NetworkStatus;
  refetch: () => Promise<unknown>;
}

/**
 * The answer to show: with `keepPrevious`, the last one while new variables load (a list keeps its
 * items instead of flashing empty); an error while "Load more" runs leaves the page as it is.
 */
function stateOf<TData>(result: PageQueryResult<TData>, keepPrevious: boolean) {
  const loadingMore = result.networkStatus === NetworkStatus.fetchMore;
  return {
    shown: keepPrevious ? (result.data ?? result.previousData) : result.data,
    error: loadingMore ? undefined : result.error,
    retry: () => void result.refetch(),
  };
}

interface QueryStatesProps<TData> {
  result: PageQueryResult<TData>;
  keepPrevious?: boolean;
  children: (data: TData) => ReactNode;
}

/** In place: the query's error (with a retry) or the loading state, then what is made of its answer. */
export function QueryStates<TData>({ result, keepPrevious = false, children }: QueryStatesProps<TData>) {
  const { shown, error, retry } = stateOf(result, keepPrevious);
  if (error) return <QueryError error={error} onRetry={retry} />;
  if (shown === undefined) return <LoadingState />;
  return children(shown);
}

/** "← Back to …": the way up from a page, named for screen readers too. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <nav className="breadcrumb" aria-label={label}>
      <Link to={to}>← {label}</Link>
    </nav>
  );
}

interface PageMessageProps {
  /** What stands at the top of the page in every state (its header or the way back). */
  top: ReactNode;
  message: string;
  /** The document's title, when the message replaces the whole page (not found). */
  title?: string;
}

/** A page that only says why there is nothing to show (not found, not allowed), as an alert. */
export function PageMessage({ top, message, title }: PageMessageProps) {
  return (
    <div className="page">
      {title && <PageTitle title={title} />}
      {top}
      <div className="empty-state" role="alert">
        <p>{message}</p>
      </div>
    </div>
  );
}

interface QueryPageProps<TData> extends QueryStatesProps<TData> {
  /** What stands at the top of the page in every state (its header or the way back). */
  top: ReactNode;
  /** Why the person may not see the page (checked before the query's states), if they may not. */
  refusal?: string | false;
  /** Shown under `top` instead of the page and its query's states (after an erasure, a withdrawal). */
  replacement?: ReactNode;
}

/**
 * A page made from one query: `top`, then a refusal, the error or the loading state; once the answer
 * is there, `children` render the whole page.
 */
export function QueryPage<TData>(props: QueryPageProps<TData>) {
  const { top, refusal, replacement, result, keepPrevious = false, children } = props;
  if (refusal) return <PageMessage top={top} message={refusal} />;
  const { shown, error } = stateOf(result, keepPrevious);
  if (!replacement && !error && shown !== undefined) return children(shown);
  return (
    <div className="page">
      {top}
      {replacement ?? (
        <QueryStates result={result} keepPrevious={keepPrevious}>
          {() => null}
        </QueryStates>
      )}
    </div>
  );
}
