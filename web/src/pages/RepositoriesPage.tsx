import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useApi } from '../api/useApi';
import type { RepositoryRow } from '../api/types';
import { Async } from '../components/Async';
import { RatingBadge, ScanStatusBadge } from '../components/Badges';
import { Pagination } from '../components/Pagination';
import { Empty } from '../components/States';
import { Time } from '../components/Time';
import { usePageTitle } from '../components/usePageTitle';
import { ConnectRepository } from './ConnectRepository';

const PAGE = 20;

/** The caller's repositories with their newest scan and rating, and the form that connects another. */
export function RepositoriesPage() {
  usePageTitle('Repositories');
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [connecting, setConnecting] = useState(false);
  const repos = useApi(`repos:${offset}`, (signal) =>
    unwrap(api.GET('/api/repos', { params: { query: { limit: PAGE, offset } }, signal })));

  return (
    <section className="page">
      <div className="page-head">
        <h1>Repositories</h1>
        <button type="button" className="button primary" aria-expanded={connecting} onClick={() => setConnecting(!connecting)}>
          Connect a repository
        </button>
      </div>
      {connecting && <ConnectRepository onCancel={() => setConnecting(false)} />}
      <Async loaded={repos} label="Loading repositories">
        {(page) =>
          page.items.length === 0 ? (
            <Empty title="No repository connected yet">
              <p>Connect a GitHub or GitLab repository (or, on the local profile, a directory) to scan it for debt.</p>
            </Empty>
          ) : (
            <>
              <table className="table">
                <caption className="visually-hidden">Your repositories</caption>
                <thead>
                  <tr>
                    <th scope="col">Repository</th>
                    <th scope="col">Provider</th>
                    <th scope="col">Default branch</th>
                    <th scope="col">Last scan</th>
                    <th scope="col">Rating</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((repo) => <RepositoryRowView key={repo.id} repo={repo} />)}
                </tbody>
              </table>
              <Pagination label="Repository pages" offset={offset} limit={PAGE} total={page.total} shown={page.items.length}
                          onOffset={(o) => setParams(o ? { offset: String(o) } : {})} />
            </>
          )
        }
      </Async>
    </section>
  );
}

function RepositoryRowView({ repo }: { repo: RepositoryRow }) {
  // the list has no scan details: each row reads its repository's newest scan (a page holds at most 20)
  const detail = useApi(`repo:${repo.id}`, (signal) =>
    unwrap(api.GET('/api/repos/{id}', { params: { path: { id: repo.id } }, signal })));
  const lastScan = detail.state === 'ok' ? detail.data.lastScan : null;
  return (
    <tr>
      <th scope="row"><Link to={`/repos/${repo.id}`}>{repo.fullName}</Link></th>
      <td>{repo.provider}</td>
      <td>{repo.defaultBranch}</td>
      <td>
        {lastScan ? (
          <span className="row tight">
            <ScanStatusBadge status={lastScan.status} /> <Time iso={lastScan.finishedAt ?? lastScan.createdAt} />
          </span>
        ) : detail.state === 'ok' ? 'Never scanned' : '…'}
      </td>
      <td><RatingBadge rating={lastScan?.stats.rating} /></td>
    </tr>
  );
}
