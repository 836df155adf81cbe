import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useApi } from '../api/useApi';
import { ACTIVE_SCAN, usePolling } from '../api/usePolling';
import { Async } from '../components/Async';
import { RatingBadge, ScanStatusBadge } from '../components/Badges';
import { count, humanize, shortSha } from '../components/format';
import { Pagination } from '../components/Pagination';
import { Empty } from '../components/States';
import { Time } from '../components/Time';
import { usePageTitle } from '../components/usePageTitle';
import { embeddingNote } from './EmbeddingBatches';
import { useRepository } from './RepositoryLayout';

const PAGE = 20;

/** The repository's scans, newest first; refreshes itself while one is running or its embedding batches are. */
export function ScansPage() {
  const { repoId, repo } = useRepository();
  usePageTitle(`${repo?.fullName ?? 'Repository'} · Scans`);
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const scans = useApi(`scans:${repoId}:${offset}`, (signal) =>
    unwrap(api.GET('/api/repos/{id}/scans', { params: { path: { id: repoId }, query: { limit: PAGE, offset } }, signal })));
  usePolling(scans.state === 'ok' && scans.data.items.some((s) => ACTIVE_SCAN.has(s.status) || s.stats.embeddings?.state === 'embedding'),
    scans.reload, 2000);

  return (
    <Async loaded={scans} label="Loading scans">
      {(page) => page.items.length === 0 ? <Empty title="No scan yet"><p>Press <strong>Scan now</strong> to run the first.</p></Empty> : (
        <>
          <table className="table">
            <caption className="visually-hidden">Scans of {repo?.fullName ?? 'this repository'}</caption>
            <thead>
              <tr><th scope="col">Scan</th><th scope="col">Status</th><th scope="col">Trigger</th><th scope="col">Branch</th>
                <th scope="col">Commit</th><th scope="col" className="num">Findings</th><th scope="col">Rating</th><th scope="col">Finished</th></tr>
            </thead>
            <tbody>
              {page.items.map((scan) => (
                <tr key={scan.id}>
                  <th scope="row"><Link to={`/scans/${scan.id}`}>{scan.prNumber ? `PR #${scan.prNumber}` : <Time iso={scan.createdAt} />}</Link></th>
                  <td><ScanStatusBadge status={scan.status} />{ACTIVE_SCAN.has(scan.status) && <span className="muted small"> {scan.progress} %</span>}
                    {embeddingNote(scan.stats.embeddings) && <span className="muted small"> {embeddingNote(scan.stats.embeddings)}</span>}</td>
                  <td>{humanize(scan.trigger)}</td>
                  <td>{scan.branch}</td>
                  <td className="mono">{shortSha(scan.commitSha)}</td>
                  <td className="num">{typeof scan.stats.findings === 'number' ? count(scan.stats.findings) : '—'}</td>
                  <td><RatingBadge rating={typeof scan.stats.rating === 'string' ? scan.stats.rating : null} /></td>
                  <td><Time iso={scan.finishedAt} fallback="—" /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination label="Scan pages" offset={offset} limit={PAGE} total={page.total} shown={page.items.length}
                      onOffset={(o) => setParams(o ? { offset: String(o) } : {})} />
        </>
      )}
    </Async>
  );
}
