import type { DebtQuery } from '../api/types';

export const PAGE_SIZE = 50;

/** The sorts the API offers (typed by its document), as the list names them. */
export const SORTS: { value: NonNullable<DebtQuery['sort']>; label: string }[] = [
  { value: 'priority', label: 'Priority' },
  { value: 'severity', label: 'Severity' },
  { value: 'effort', label: 'Effort' },
  { value: 'age', label: 'Age' },
];

export interface DebtFilters {
  type: string[];
  severity: string[];
  status: string[];
  path: string;
  q: string;
  sort: NonNullable<DebtQuery['sort']>;
  order: NonNullable<DebtQuery['order']>;
  offset: number;
}

/** The list's state lives in the address: reading it back gives the same list (shareable, back button works). */
export function readFilters(params: URLSearchParams): DebtFilters {
  const sort = SORTS.find((s) => s.value === params.get('sort'))?.value ?? 'priority';
  return {
    type: params.getAll('type'),
    severity: params.getAll('severity'),
    status: params.getAll('status'),
    path: params.get('path') ?? '',
    q: params.get('q') ?? '',
    sort,
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
    offset: Math.max(0, Math.floor(Number(params.get('offset')) || 0)),
  };
}

export function writeFilters(filters: DebtFilters): URLSearchParams {
  const params = new URLSearchParams();
  filters.type.forEach((v) => params.append('type', v));
  filters.severity.forEach((v) => params.append('severity', v));
  filters.status.forEach((v) => params.append('status', v));
  if (filters.path) params.set('path', filters.path);
  if (filters.q) params.set('q', filters.q);
  if (filters.sort !== 'priority') params.set('sort', filters.sort);
  if (filters.order !== 'desc') params.set('order', filters.order);
  if (filters.offset) params.set('offset', String(filters.offset));
  return params;
}

/** The API query of a list state: only the filters set reach it. */
export function toQuery(filters: DebtFilters): DebtQuery {
  const query: DebtQuery = { sort: filters.sort, order: filters.order, limit: PAGE_SIZE, offset: filters.offset };
  if (filters.type.length) query.type = filters.type as DebtQuery['type'];
  if (filters.severity.length) query.severity = filters.severity as DebtQuery['severity'];
  if (filters.status.length) query.status = filters.status as DebtQuery['status'];
  if (filters.path) query.path = filters.path;
  if (filters.q) query.q = filters.q;
  return query;
}
