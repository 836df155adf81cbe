import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useApi } from '../api/useApi';
import { Async } from '../components/Async';
import { Pagination } from '../components/Pagination';
import { Empty } from '../components/States';
import { Time } from '../components/Time';
import { usePageTitle } from '../components/usePageTitle';

const PAGE = 50;

/** Your audit trail, newest first: what was done with your account, keys and repositories, and by whom. */
export function AuditPage() {
  usePageTitle('Audit log');
  const [params, setParams] = useSearchParams();
  const action = params.get('action') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [typed, setTyped] = useState(action);
  const entries = useApi(`audit:${action}:${offset}`, (signal) =>
    unwrap(api.GET('/api/audit', { params: { query: { limit: PAGE, offset, ...(action ? { action } : {}) } }, signal })));
  const go = (next: { action?: string; offset?: number }) => {
    const p = new URLSearchParams();
    const a = next.action ?? action;
    if (a) p.set('action', a);
    if (next.offset) p.set('offset', String(next.offset));
    setParams(p);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ action: typed.trim(), offset: 0 });
  };
  return (
    <section className="page">
      <h1>Audit log</h1>
      <form className="row" role="search" onSubmit={submit}>
        <label htmlFor="audit-action">Action</label>
        <input id="audit-action" value={typed} placeholder="api_key.create" onChange={(e) => setTyped(e.target.value)} />
        <button type="submit" className="button">Filter</button>
      </form>
      <Async loaded={entries} label="Loading the audit log">
        {(page) => page.items.length === 0 ? <Empty title="No audit entry matches" /> : (
          <>
            <table className="table">
              <caption className="visually-hidden">Audit entries, newest first</caption>
              <thead><tr><th scope="col">When</th><th scope="col">Action</th><th scope="col">Result</th><th scope="col">Target</th><th scope="col">From</th></tr></thead>
              <tbody>
                {page.items.map((entry) => (
                  <tr key={entry.id}>
                    <td><Time iso={entry.createdAt} /></td>
                    <th scope="row" className="mono">{entry.action}</th>
                    <td>{entry.success ? 'succeeded' : 'refused'}</td>
                    <td className="mono small">{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ''}` : '—'}</td>
                    <td className="small">{entry.ip ?? '—'}{entry.apiKeyId ? ' (API key)' : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pagination label="Audit pages" offset={offset} limit={PAGE} total={page.total} shown={page.items.length}
                        onOffset={(o) => go({ offset: o })} />
          </>
        )}
      </Async>
    </section>
  );
}
