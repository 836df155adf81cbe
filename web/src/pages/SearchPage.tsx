import { api, unwrap } from '../api/client';
import { useApi } from '../api/useApi';
import { Async } from '../components/Async';
import { count, percent } from '../components/format';
import { Empty } from '../components/States';
import { Time } from '../components/Time';
import { usePageTitle } from '../components/usePageTitle';
import { useRepository } from './RepositoryLayout';

/**
 * Semantic memory of the repository: how much of the latest scan is embedded, by which model. The API searches
 * stored chunks by a 384-number query vector only (its document has no text query yet), so this page offers no
 * text box: it shows where embeddings exist and says so where they do not.
 */
export function SearchPage() {
  const { repoId, repo } = useRepository();
  usePageTitle(`${repo?.fullName ?? 'Repository'} · Search`);
  const stats = useApi(`embeddings:${repoId}`, (signal) =>
    unwrap(api.GET('/api/embeddings/stats/{repoId}', { params: { path: { repoId } }, signal })));
  return (
    <Async loaded={stats} label="Loading embedding coverage">
      {(data) => data.chunks === 0 ? (
        <Empty title="No embeddings for this repository yet">
          <p>Semantic search works once a scan has embedded the code ({count(data.filesInScan)} files in the latest scan, none embedded).</p>
        </Empty>
      ) : (
        <section className="card stack" aria-labelledby="embeddings-title">
          <h2 id="embeddings-title">Embedded code</h2>
          <p>
            {count(data.chunks)} chunks from {count(data.filesEmbedded)} of {count(data.filesInScan)} files
            ({percent(data.coverage, 0)}), embedded <Time iso={data.lastEmbeddedAt} />.
          </p>
          <table className="table compact">
            <caption className="visually-hidden">Chunks per embedding model</caption>
            <thead><tr><th scope="col">Model</th><th scope="col" className="num">Chunks</th><th scope="col" className="num">Files</th></tr></thead>
            <tbody>
              {data.models.map((m) => (
                <tr key={m.model}><th scope="row">{m.model}</th><td className="num">{count(m.chunks)}</td><td className="num">{count(m.files)}</td></tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">Search by text needs the API's text query; it searches by query vector today.</p>
        </section>
      )}
    </Async>
  );
}
