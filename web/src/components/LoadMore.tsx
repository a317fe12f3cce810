import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';

interface LoadMoreProps {
  /** How many items the list shows now. */
  shown: number;
  /** How many match, across every page. */
  total: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** "Showing n of m" and the button that fetches the next page of a cursor-paginated list. */
export function LoadMore({ shown, total, hasNextPage, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="load-more">
      <p className="muted">{t('initiatives.showing', { shown: format.number(shown), total: format.number(total) })}</p>
      {hasNextPage && (
        <button type="button" className="button" disabled={loading} onClick={onLoadMore}>
          {loading ? t('initiatives.loadingMore') : t('initiatives.loadMore')}
        </button>
      )}
    </div>
  );
}
