import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import { useAction } from '../api/useAction';
import type { EmbeddingMatch } from '../api/types';
import { useApi } from '../api/useApi';
import { Async } from '../components/Async';
import { count, percent } from '../components/format';
import { Empty, ErrorState } from '../components/States';
import { Time } from '../components/Time';
import { usePageTitle } from '../components/usePageTitle';
import { useRepository } from './RepositoryLayout';

/**
 * Semantic memory of the repository: search its code by what it does (a text query the API embeds), optionally under
 * a path glob, and how much of the latest scan is embedded, by which model.
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
        <>
        <SearchBox repoId={repoId} />
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
        </section>
        </>
      )}
    </Async>
  );
}

/** A text query and an optional path glob; the nearest code first, with its place, name, score and first lines. */
function SearchBox({ repoId }: { repoId: string }) {
  const [query, setQuery] = useState('');
  const [path, setPath] = useState('');
  const [items, setItems] = useState<EmbeddingMatch[] | null>(null);
  const search = useAction(async () => {
    const body = { repoId, query: query.trim(), limit: 20, ...(path.trim() ? { paths: [path.trim()] } : {}) };
    const result = await unwrap(api.POST('/api/embeddings/search', { body }));
    setItems(result.items);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) void search.run();
  };
  return (
    <section className="card stack" aria-labelledby="search-title">
      <h2 id="search-title">Search by meaning</h2>
      <form className="stack" role="search" onSubmit={submit}>
        <label htmlFor="search-query">What the code does</label>
        <input id="search-query" type="search" maxLength={2000} value={query} placeholder="e.g. retry a failed HTTP call"
          onChange={(e) => setQuery(e.target.value)} />
        <label htmlFor="search-path">Only paths matching (optional glob)</label>
        <input id="search-path" type="text" maxLength={200} value={path} placeholder="src/**" onChange={(e) => setPath(e.target.value)} />
        <div className="row"><button type="submit" className="button" disabled={search.busy || !query.trim()}>
          {search.busy ? 'Searching…' : 'Search'}</button></div>
      </form>
      {search.error !== null && <ErrorState message={problemMessage(search.error)} />}
      {items !== null && (items.length === 0 ? <p>Nothing found.</p> : (
        <ol className="stack" aria-label="Search results">
          {items.map((item) => (
            <li key={`${item.path}#${item.chunkIndex}`}>
              <p><strong>{item.name ?? 'lines'}</strong> <code>{item.path}:{item.startLine}-{item.endLine}</code>{' '}
                <span className="muted small">score {item.score.toFixed(3)}</span></p>
              <pre className="small">{item.snippet}</pre>
            </li>
          ))}
        </ol>
      ))}
    </section>
  );
}
