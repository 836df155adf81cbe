import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useApi } from '../api/useApi';
import type { Summary } from '../api/types';
import { Async } from '../components/Async';
import { DebtTable } from '../components/DebtTable';
import { count, humanize } from '../components/format';
import { Pagination } from '../components/Pagination';
import { Empty } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import { useRepository } from './RepositoryLayout';
import { PAGE_SIZE, readFilters, SORTS, toQuery, writeFilters, type DebtFilters } from './debtFilters';

/** The ledger of one repository: filters, sort and page all kept in the address. */
export function DebtListPage() {
  const { repoId, repo } = useRepository();
  usePageTitle(`${repo?.fullName ?? 'Repository'} · Debt`);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const query = toQuery(filters);
  const key = `debt:${repoId}:${writeFilters(filters).toString()}`;
  const page = useApi(key, (signal) =>
    unwrap(api.GET('/api/repos/{id}/debt', { params: { path: { id: repoId }, query }, signal })));
  // the filter choices and their counts come from the summary (cached by the API), never from a list of our own
  const summary = useApi(`summary:${repoId}`, (signal) =>
    unwrap(api.GET('/api/repos/{id}/summary', { params: { path: { id: repoId } }, signal })));
  const apply = (change: Partial<DebtFilters>) => setParams(writeFilters({ ...filters, offset: 0, ...change }));

  return (
    <div className="debt-list">
      <Filters filters={filters} summary={summary.state === 'ok' ? summary.data : null} apply={apply} />
      <Async loaded={page} label="Loading debt items">
        {(data) => data.items.length === 0 ? (
          <Empty title={data.total === 0 && params.toString() === '' ? 'No debt recorded: scan the repository first' : 'No item matches these filters'} />
        ) : (
          <>
            <p className="muted small" aria-live="polite">{count(data.total)} items</p>
            <DebtTable items={data.items} caption={`Debt items, sorted by ${filters.sort}`} />
            <Pagination label="Debt pages" offset={filters.offset} limit={PAGE_SIZE} total={data.total} shown={data.items.length}
                        onOffset={(offset) => setParams(writeFilters({ ...filters, offset }))} />
          </>
        )}
      </Async>
    </div>
  );
}

function Filters({ filters, summary, apply }: {
  filters: DebtFilters;
  summary: Summary | null;
  apply: (change: Partial<DebtFilters>) => void;
}) {
  const [path, setPath] = useState(filters.path);
  const [q, setQ] = useState(filters.q);
  const [shown, setShown] = useState({ path: filters.path, q: filters.q });
  if (shown.path !== filters.path || shown.q !== filters.q) {
    // the address changed (back button, a link): the text fields follow it
    setShown({ path: filters.path, q: filters.q });
    setPath(filters.path);
    setQ(filters.q);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ path: path.trim(), q: q.trim() });
  };
  const toggle = (list: string[], value: string) => list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const types = summary ? Object.entries(summary.byType).filter(([t, n]) => n > 0 || filters.type.includes(t)) : [];

  return (
    <form className="filters" onSubmit={submit} aria-label="Filter debt items" role="search">
      <div className="filter">
        <label htmlFor="filter-type">Type</label>
        <select id="filter-type" value={filters.type[0] ?? ''} onChange={(e) => apply({ type: e.target.value ? [e.target.value] : [] })}>
          <option value="">All types</option>
          {types.map(([type, n]) => <option key={type} value={type}>{humanize(type)} ({count(n)})</option>)}
        </select>
      </div>
      <CheckGroup legend="Severity" name="severity" counts={summary?.bySeverity}
                  chosen={filters.severity} onToggle={(v) => apply({ severity: toggle(filters.severity, v) })} />
      <CheckGroup legend="Status" name="status" counts={summary?.byStatus}
                  chosen={filters.status} onToggle={(v) => apply({ status: toggle(filters.status, v) })} />
      <div className="filter">
        <label htmlFor="filter-path">Path (glob)</label>
        <input id="filter-path" value={path} placeholder="src/**/*.java" onChange={(e) => setPath(e.target.value)} />
      </div>
      <div className="filter">
        <label htmlFor="filter-q">Text</label>
        <input id="filter-q" type="search" value={q} placeholder="title, message or path" onChange={(e) => setQ(e.target.value)} />
      </div>
      <div className="filter">
        <label htmlFor="filter-sort">Sort by</label>
        <select id="filter-sort" value={filters.sort} onChange={(e) => apply({ sort: SORTS.find((s) => s.value === e.target.value)?.value ?? 'priority' })}>
          {SORTS.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-order">Order</label>
        <select id="filter-order" value={filters.order} onChange={(e) => apply({ order: e.target.value === 'asc' ? 'asc' : 'desc' })}>
          <option value="desc">Highest first</option>
          <option value="asc">Lowest first</option>
        </select>
      </div>
      <div className="filter actions">
        <button type="submit" className="button primary">Apply</button>
        <button type="button" className="button quiet" onClick={() => apply({ type: [], severity: [], status: [], path: '', q: '' })}>Clear</button>
      </div>
    </form>
  );
}

function CheckGroup({ legend, name, counts, chosen, onToggle }: {
  legend: string;
  name: string;
  counts: Record<string, number> | undefined;
  chosen: string[];
  onToggle: (value: string) => void;
}) {
  const values = counts ? Object.keys(counts) : chosen;
  return (
    <fieldset className="filter checks">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="check">
          <input type="checkbox" name={name} value={value} checked={chosen.includes(value)} onChange={() => onToggle(value)} />
          {humanize(value)}{counts ? <span className="muted"> {count(counts[value] ?? 0)}</span> : null}
        </label>
      ))}
    </fieldset>
  );
}
