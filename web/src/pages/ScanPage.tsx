import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import { useAction } from '../api/useAction';
import { useApi } from '../api/useApi';
import { ACTIVE_SCAN, usePolling } from '../api/usePolling';
import type { Scan } from '../api/types';
import { Async } from '../components/Async';
import { RatingBadge, ScanStatusBadge } from '../components/Badges';
import { DebtTable } from '../components/DebtTable';
import { count, humanize, percent, shortSha } from '../components/format';
import { Pagination } from '../components/Pagination';
import { Empty, ErrorState } from '../components/States';
import { Time } from '../components/Time';
import { usePageTitle } from '../components/usePageTitle';
import { EmbeddingBatches } from './EmbeddingBatches';
import { PullRequestResult } from './PullRequestResult';
import { downloadSarif } from './sarif';

/**
 * Any scan by id (what PR commit statuses link to): live progress while it runs, then its result, and its embedding
 * batches until the embedding worker has finished them.
 */
export function ScanPage() {
  const { scanId = '' } = useParams();
  const scan = useApi(`scan:${scanId}`, (signal) =>
    unwrap(api.GET('/api/scans/{id}', { params: { path: { id: scanId } }, signal })));
  // a completed scan's embedding batches go on in the embedding worker: follow them too
  usePolling(scan.state === 'ok' && (ACTIVE_SCAN.has(scan.data.status) || scan.data.stats.embeddings?.state === 'embedding'),
    scan.reload, 1000);
  return (
    <section className="page">
      <Async loaded={scan} label="Loading the scan">
        {(data) => <ScanView scan={data} />}
      </Async>
    </section>
  );
}

function ScanView({ scan }: { scan: Scan }) {
  const title = scan.prNumber ? `Pull request #${scan.prNumber}` : `Scan of ${scan.branch ?? 'the default branch'}`;
  usePageTitle(title);
  const active = ACTIVE_SCAN.has(scan.status);
  return (
    <>
      <p className="eyebrow"><Link to={`/repos/${scan.repositoryId}/scans`}>Scans</Link> · {humanize(scan.trigger)}</p>
      <div className="page-head">
        <h1>{title}</h1>
        <ScanStatusBadge status={scan.status} />
      </div>
      <dl className="facts">
        <div><dt>Branch</dt><dd>{scan.branch ?? '—'}</dd></div>
        <div><dt>Commit</dt><dd className="mono">{shortSha(scan.commitSha)}</dd></div>
        {scan.baseSha && <div><dt>Base</dt><dd className="mono">{shortSha(scan.baseSha)}</dd></div>}
        <div><dt>Requested</dt><dd><Time iso={scan.createdAt} /></dd></div>
        <div><dt>Finished</dt><dd><Time iso={scan.finishedAt} fallback={active ? 'running' : '—'} /></dd></div>
      </dl>
      {active && <Progress scan={scan} />}
      <EmbeddingBatches embeddings={scan.stats.embeddings} />
      {scan.status === 'failed' && <ErrorState message={`The scan failed: ${scan.error ?? 'no reason recorded'}`} />}
      {scan.status === 'cancelled' && <p>This scan was cancelled.</p>}
      {scan.status === 'completed' && (scan.trigger === 'webhook_pr' ? <PullRequestResult scan={scan} /> : <Results scan={scan} />)}
    </>
  );
}

function Progress({ scan }: { scan: Scan }) {
  const cancel = useAction(async () => {
    await unwrap(api.DELETE('/api/scans/{id}', { params: { path: { id: scan.id } } }));
  });
  return (
    <section className="card" aria-labelledby="progress-title">
      <h2 id="progress-title">In progress</h2>
      <label htmlFor="scan-progress">{scan.stage ? humanize(scan.stage) : humanize(scan.status)}: {scan.progress} %</label>
      <progress id="scan-progress" max={100} value={scan.progress} />
      <button type="button" className="button quiet" onClick={() => void cancel.run()} disabled={cancel.busy}>Cancel the scan</button>
      {cancel.error !== null && <ErrorState message={problemMessage(cancel.error)} />}
    </section>
  );
}

const RESULT_PAGE = 50;

/** A branch scan's result: its counts, then the ledger items it saw (paged), and the SARIF file. */
function Results({ scan }: { scan: Scan }) {
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const results = useApi(`results:${scan.id}:${offset}`, (signal) =>
    unwrap(api.GET('/api/scans/{id}/results', { params: { path: { id: scan.id }, query: { limit: RESULT_PAGE, offset } }, signal })));
  const sarif = useAction(() => downloadSarif(scan.id));
  return (
    <Async loaded={results} label="Loading results">
      {(data) => (
        <>
          <section className="card headline" aria-label="Result">
            <div className="metric"><RatingBadge rating={typeof data.stats.rating === 'string' ? data.stats.rating : null} large /><span className="metric-label">Rating</span></div>
            <div className="metric"><span className="metric-value">{typeof data.stats.debtRatio === 'number' ? percent(data.stats.debtRatio) : '—'}</span><span className="metric-label">Debt ratio</span></div>
            <div className="metric"><span className="metric-value">{count(data.counts.findings)}</span><span className="metric-label">Findings</span></div>
            <div className="metric"><span className="metric-value">{count(data.counts.new)}</span><span className="metric-label">New</span></div>
            <div className="metric"><span className="metric-value">{count(data.counts.resolved)}</span><span className="metric-label">Resolved</span></div>
            <div className="metric"><span className="metric-value">{count(data.counts.reopened)}</span><span className="metric-label">Reopened</span></div>
            <div className="metric">
              <button type="button" className="button" onClick={() => void sarif.run()} disabled={sarif.busy}>Download SARIF</button>
            </div>
          </section>
          {sarif.error !== null && <ErrorState message={problemMessage(sarif.error)} />}
          {data.items.length === 0 ? <Empty title="This scan found no debt" /> : (
            <>
              <DebtTable items={data.items} caption="Items this scan saw" showType={false} />
              <Pagination label="Result pages" offset={offset} limit={RESULT_PAGE} total={data.total} shown={data.items.length}
                          onOffset={(o) => setParams(o ? { offset: String(o) } : {})} />
            </>
          )}
        </>
      )}
    </Async>
  );
}
