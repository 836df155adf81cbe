import { NavLink, Outlet, useNavigate, useOutletContext, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import { useAction } from '../api/useAction';
import { useApi } from '../api/useApi';
import type { Repository } from '../api/types';
import { Async } from '../components/Async';
import { ErrorState } from '../components/States';

export interface RepositoryContext {
  repo: Repository;
  reload: () => void;
}

/** The repository's own pages share its header (name, default branch, scan button) and tabs. */
export function RepositoryLayout() {
  const { repoId = '' } = useParams();
  const repo = useApi(`repo:${repoId}`, (signal) =>
    unwrap(api.GET('/api/repos/{id}', { params: { path: { id: repoId } }, signal })));
  return (
    <Async loaded={repo} label="Loading the repository">
      {(data) => (
        <section className="page">
          <div className="page-head">
            <div>
              <p className="eyebrow">{data.provider} · {data.defaultBranch}</p>
              <h1 className="repo-name">{data.fullName}</h1>
            </div>
            <ScanButton repoId={data.id} />
          </div>
          <nav className="tabs" aria-label="Repository">
            <NavLink end to={`/repos/${data.id}`}>Overview</NavLink>
            <NavLink to={`/repos/${data.id}/debt`}>Debt</NavLink>
            <NavLink to={`/repos/${data.id}/scans`}>Scans</NavLink>
            <NavLink to={`/repos/${data.id}/search`}>Search</NavLink>
            <NavLink to={`/repos/${data.id}/settings`}>Settings</NavLink>
          </nav>
          <Outlet context={{ repo: data, reload: repo.reload } satisfies RepositoryContext} />
        </section>
      )}
    </Async>
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
