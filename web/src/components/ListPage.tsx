import { NetworkStatus } from '@apollo/client';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadMore } from './LoadMore';
import { PageTitle } from './PageTitle';
import { QueryStates, type PageQueryResult } from './QueryPage';

/** Typing pauses this long before the list follows the search box. */
const SEARCH_DELAY_MS = 300;

/** How many items a list page asks for at a time. */
export const LIST_PAGE_SIZE = 20;

/** A value from the address, if it is one of the allowed values (a hand-edited address must not break the query). */
export function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * A list's filters, kept in the address (`?search=…&country=IT`) so a list can be shared. A change
 * replaces the history entry; an empty value removes the parameter.
 */
export function useListFilters() {
  const [params, setParams] = useSearchParams();
  return {
    /** The raw parameter, or null. */
    param: (name: string) => params.get(name),
    /** The parameter, or '' when absent. */
    text: (name: string) => params.get(name) ?? '',
    search: params.get('search') ?? '',
    setFilter: (name: string, value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    clear: () => setParams({}, { replace: true }),
  };
}

export type ListFilters = ReturnType<typeof useListFilters>;

/** A Relay-style connection as the list queries ask for it. */
export interface ListConnection<TNode> {
  totalCount: number;
  edges: readonly { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** What a list page needs from its `useQuery` (the query stays typed where it is written). */
export interface ListQueryResult<TData> extends PageQueryResult<TData> {
  loading: boolean;
}

interface ListPageProps<TData, TNode extends { id: string }> {
  title: string;
  intro: string;
  /** Under the intro (a "create" link), when given. */
  actions?: ReactNode;
  filters: ListFilters;
  /** The accessible name of the filter form. */
  filtersLabel: string;
  searchLabel: string;
  searchPlaceholder?: string;
  /** The filters after the search box; `data` is the last answer (undefined before the first one). */
  filterFields: (data: TData | undefined) => ReactNode;
  result: ListQueryResult<TData>;
  connection: (data: TData) => ListConnection<TNode>;
  /** Asks for the page after `after` (the query's `fetchMore`). */
  fetchMore: (after: string | null | undefined) => Promise<unknown>;
  countLabel: (count: number) => string;
  emptyLabel: string;
  /** Any filter is set: an empty list offers to clear them. */
  filtered?: boolean;
  /** Above the list when it has items (the map). */
  beforeList?: (nodes: TNode[]) => ReactNode;
  renderItem: (node: TNode) => ReactNode;
}

/**
 * A list page: heading, filters in the address (search box typed with a pause), the count, the cards,
 * "Load more" (cursor paging), and the loading, empty and error states. While new filters load, the
 * last list stays on screen instead of an empty page.
 */
export function ListPage<TData, TNode extends { id: string }>(props: ListPageProps<TData, TNode>) {
  const { t } = useTranslation();
  const headingId = useId();
  const { result, filters } = props;
  const shown = result.data ?? result.previousData;
  const loadingMore = result.networkStatus === NetworkStatus.fetchMore;

  return (
    <div className="page">
      <PageTitle title={props.title} />
      <header className="page-header">
        <h1 id={headingId}>{props.title}</h1>
        <p className="lead">{props.intro}</p>
        {props.actions}
      </header>

      <ListSearchForm
        filters={filters}
        label={props.filtersLabel}
        searchLabel={props.searchLabel}
        searchPlaceholder={props.searchPlaceholder}
      >
        {props.filterFields(shown)}
      </ListSearchForm>

      <QueryStates result={result} keepPrevious>
        {(answer) => {
          const list = props.connection(answer);
          const nodes = list.edges.map(({ node }) => node);
          return (
            <section aria-labelledby={headingId} aria-busy={result.loading} className="results">
              <p className="results__count" role="status">
                {props.countLabel(list.totalCount)}
              </p>
              {nodes.length > 0 && props.beforeList?.(nodes)}
              {nodes.length ? (
                <ol className="card-list">
                  {nodes.map((node) => (
                    <li key={node.id}>{props.renderItem(node)}</li>
                  ))}
                </ol>
              ) : (
                <div className="empty-state">
                  <p>{props.emptyLabel}</p>
                  {props.filtered && (
                    <button type="button" className="button button--secondary" onClick={filters.clear}>
                      {t('initiatives.clearFilters')}
                    </button>
                  )}
                </div>
              )}
              {nodes.length > 0 && (
                <LoadMore
                  shown={nodes.length}
                  total={list.totalCount}
                  hasNextPage={list.pageInfo.hasNextPage}
                  loading={loadingMore}
                  onLoadMore={() => void props.fetchMore(list.pageInfo.endCursor)}
                />
              )}
            </section>
          );
        }}
      </QueryStates>
    </div>
  );
}

interface ListSearchFormProps {
  filters: ListFilters;
  label: string;
  searchLabel: string;
  searchPlaceholder?: string;
  children: ReactNode;
}

/** The filter form: a search box that follows typing after a pause (or on submit), then the other filters. */
function ListSearchForm({ filters, label, searchLabel, searchPlaceholder, children }: ListSearchFormProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const { search, setFilter } = filters;
  const [searchInput, setSearchInput] = useState(search);

  useEffect(() => setSearchInput(search), [search]);
  useEffect(() => {
    if (searchInput.trim() === search) return;
    const timer = setTimeout(() => setFilter('search', searchInput.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // Only typing schedules a search; a change of the address updates the box above instead.
  }, [searchInput]);

  return (
    <form
      role="search"
      aria-label={label}
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        setFilter('search', searchInput.trim());
      }}
    >
      <div className="field field--grow">
        <label htmlFor={searchId}>{searchLabel}</label>
        <input
          id={searchId}
          type="search"
          name="search"
          value={searchInput}
          placeholder={searchPlaceholder}
          onChange={(event) => setSearchInput(event.target.value)}
        />
      </div>
      {children}
      <button type="submit" className="button">
        {t('initiatives.searchButton')}
      </button>
    </form>
  );
}
