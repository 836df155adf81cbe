import { count } from './format';

/** Previous / next over an offset-paged list, with "41–60 of 1,234". */
export function Pagination({ offset, limit, total, shown, onOffset, label }: {
  offset: number;
  limit: number;
  total: number;
  shown: number;
  onOffset: (offset: number) => void;
  label: string;
}) {
  if (total === 0) return null;
  const from = offset + 1;
  const to = offset + shown;
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" className="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        Previous
      </button>
      <span aria-live="polite">
        {count(from)}–{count(to)} of {count(total)}
      </span>
      <button type="button" className="button" disabled={to >= total} onClick={() => onOffset(offset + limit)}>
        Next
      </button>
    </nav>
  );
}
