import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';
import { BackLink, PageMessage, QueryPage, type PageQueryResult } from './QueryPage';

interface DetailRouteProps<TData, TNode> {
  /** The way back (to the list, or to the item from its editor). */
  back: { to: string; label: string };
  result: PageQueryResult<TData>;
  /** The item in the answer; null when the server does not know it (or the person may not see it). */
  node: (data: TData) => TNode | null | undefined;
  /** Said when `node` is null. */
  notFound: string;
  /** The document's title is "Not found" while the page says `notFound` (default; editors leave the title as it was). */
  notFoundTitle?: boolean;
  /** Why the person may not use this page for the item (an editor they may not use), if so. */
  refusal?: (node: TNode) => string | false | null;
  /** The document's title for the item. */
  title: (node: TNode) => string;
  /** The page: an `article` with this class (an item), or, when omitted, a plain page headed by `title` (an editor). */
  articleClassName?: string;
  /** Shown under the way back instead of the item (after an erasure, a withdrawal). */
  replacement?: ReactNode;
  /** The item's page below its title; `data` is the whole answer (what the query asks for besides the item). */
  children: (node: TNode, data: TData) => ReactNode;
}

/**
 * One item's page (`/things/:id`, `/things/:id/edit`): the way back, then the query's error or loading
 * state, "not found" or a refusal, or the item's title and what `children` make of it.
 */
export function DetailRoute<TData, TNode>(props: DetailRouteProps<TData, TNode>) {
  const { t } = useTranslation();
  const { back, node, title, articleClassName, refusal, notFoundTitle = true, children } = props;
  const top = <BackLink to={back.to} label={back.label} />;
  return (
    <QueryPage top={top} result={props.result} replacement={props.replacement}>
      {(data) => {
        const item = node(data);
        if (!item) {
          const pageTitle = notFoundTitle ? t('notFound.title') : undefined;
          return <PageMessage top={top} message={props.notFound} title={pageTitle} />;
        }
        const refused = refusal?.(item);
        if (refused) return <PageMessage top={top} message={refused} />;
        if (articleClassName) {
          return (
            <article className={articleClassName}>
              <PageTitle title={title(item)} />
              {top}
              {children(item, data)}
            </article>
          );
        }
        return (
          <div className="page">
            <PageTitle title={title(item)} />
            {top}
            <header className="page-header">
              <h1>{title(item)}</h1>
            </header>
            {children(item, data)}
          </div>
        );
      }}
    </QueryPage>
  );
}
