import { humanize } from './format';

export function SeverityBadge({ severity }: { severity: string }) {
  return <span className={`badge severity-${severity}`}>{humanize(severity)}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status status-${status}`}>{humanize(status)}</span>;
}

/** The A–E debt rating (A best), with its meaning for screen readers. */
export function RatingBadge({ rating, large = false }: { rating: string | null | undefined; large?: boolean }) {
  if (!rating) return <span className="rating rating-none" title="Not rated yet">–</span>;
  return (
    <span className={`rating rating-${rating.toLowerCase()}${large ? ' large' : ''}`} title={`Debt rating ${rating}`}>
      <span className="visually-hidden">Rating </span>
      {rating}
    </span>
  );
}

export function ScanStatusBadge({ status }: { status: string }) {
  return <span className={`badge scan-${status}`}>{humanize(status)}</span>;
}
