import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate, useOutletContext, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import { useAction } from '../api/useAction';
import { useApi } from '../api/useApi';
import type { Repository } from '../api/types';
import { ErrorState, Loading } from '../components/States';

export interface RepositoryContext {
  repoId: string;
  /** Null while it loads: the pages below load their own data at the same time, not after it. */
  repo: Repository | null;
  reload: () => void;
}

/** The repository's own pages share its header (name, default branch, scan button) and tabs. */
export function RepositoryLayout() {
  const { repoId = '' } = useParams();
  const repo = useApi(`repo:${repoId}`, (signal) =>
    unwrap(api.GET('/api/repos/{id}', { params: { path: { id: repoId } }, signal })));
  if (repo.state === 'error') {
    return <section className="page"><ErrorState message={problemMessage(repo.error)} retry={repo.reload} /></section>;
  }
  const data = repo.state === 'ok' ? repo.data : null;
  return (
    <section className="page">
      <div className="page-head">
        {data ? (
          <div>
            <p className="eyebrow">{data.provider} · {data.defaultBranch}</p>
            <h1 className="repo-name">{data.fullName}</h1>
          </div>
        ) : <Loading label="Loading the repository" />}
        <ScanButton repoId={repoId} />
      </div>
      <nav className="tabs" aria-label="Repository">
        <NavLink end to={`/repos/${repoId}`}>Overview</NavLink>
        <NavLink to={`/repos/${repoId}/debt`}>Debt</NavLink>
        <NavLink to={`/repos/${repoId}/scans`}>Scans</NavLink>
        <NavLink to={`/repos/${repoId}/search`}>Search</NavLink>
        <NavLink to={`/repos/${repoId}/settings`}>Settings</NavLink>
      </nav>
      <Suspense fallback={<Loading label="Loading the page" />}>
        <Outlet context={{ repoId, repo: data, reload: repo.reload } satisfies RepositoryContext} />
      </Suspense>
    </section>
  );
}

export function useRepository(): RepositoryContext {
  return useOutletContext<RepositoryContext>();
}

/** Requests a scan of the default branch's head and opens its live page. */
function ScanButton({ repoId }: { repoId: string }) {
  const navigate = useNavigate();
  const scan = useAction(async () => {
    const requested = await unwrap(api.POST('/api/repos/{id}/scans', { params: { path: { id: repoId } }, body: {} }));
    navigate(`/scans/${requested.id}`);
  });
  return (
    <div className="scan-button">
      <button type="button" className="button primary" onClick={() => void scan.run()} disabled={scan.busy}>
        {scan.busy ? 'Requesting…' : 'Scan now'}
      </button>
      {scan.error !== null && <ErrorState message={problemMessage(scan.error)} />}
    </div>
  );
}
