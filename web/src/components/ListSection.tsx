import { useId, type ReactNode } from 'react';

interface ListSectionProps<TItem extends { id: string }> {
  title: string;
  items: readonly TItem[];
  /** Said when there are no items. */
  empty: string;
  renderItem: (item: TItem) => ReactNode;
  itemClassName?: string;
}

/**
 * A panel of an item's page that lists one of its fields (often another subgraph's: stories,
 * nominations, workshop outcomes), headed by its name and how many there are.
 */
export function ListSection<TItem extends { id: string }>(props: ListSectionProps<TItem>) {
  const { title, items, renderItem } = props;
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="count">{items.length}</span>
      </h2>
      {items.length ? (
        <ul className="stack">
          {items.map((item) => (
            <li key={item.id} className={props.itemClassName}>
              {renderItem(item)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{props.empty}</p>
      )}
    </section>
  );
}
