import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import { useAction } from '../api/useAction';
import { useApi } from '../api/useApi';
import type { SearchResults } from '../api/types';
import { Async } from '../components/Async';
import { count, percent } from '../components/format';
import { Empty, ErrorState, Loading } from '../components/States';
import { Time } from '../components/Time';
import { usePageTitle } from '../components/usePageTitle';
import { useRepository } from './RepositoryLayout';

/** Code by meaning, where the latest scan stored embeddings; otherwise says why there is nothing to search. */
export function SearchPage() {
  const { repoId, repo } = useRepository();
  usePageTitle(`${repo?.fullName ?? 'Repository'} · Search`);
  const stats = useApi(`embeddings:${repoId}`, (signal) =>
    unwrap(api.GET('/api/embeddings/stats/{repoId}', { params: { path: { repoId: repoId } }, signal })));
  return (
    <Async loaded={stats} label="Loading embedding coverage">
      {(data) => data.chunks === 0 ? (
        <Empty title="No embeddings for this repository yet">
          <p>Semantic search works once a scan has embedded the code ({count(data.filesInScan)} files in the latest scan, none embedded).</p>
        </Empty>
      ) : (
        <>
          <p className="muted small">
            {count(data.chunks)} chunks from {count(data.filesEmbedded)} of {count(data.filesInScan)} files ({percent(data.coverage, 0)}),
            embedded <Time iso={data.lastEmbeddedAt} />.
          </p>
          <SearchForm repoId={repoId} />
        </>
      )}
    </Async>
  );
}

function SearchForm({ repoId }: { repoId: string }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResults | null>(null);
  const search = useAction(async () => {
    setResults(await unwrap(api.POST('/api/embeddings/search', { body: { repoId, query: query.trim(), limit: 20 } })));
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void search.run();
  };
  return (
    <>
      <form className="row" role="search" onSubmit={submit}>
        <label htmlFor="semantic-query" className="visually-hidden">Describe the code you are looking for</label>
        <input id="semantic-query" type="search" className="grow" value={query} placeholder="parses a date from user input"
               onChange={(e) => setQuery(e.target.value)} />
        <button type="submit" className="button primary" disabled={search.busy || !query.trim()}>Search</button>
      </form>
      {search.busy && <Loading label="Searching" />}
      {search.error !== null && <ErrorState message={problemMessage(search.error)} />}
      {results && (results.items.length === 0 ? <Empty title="Nothing similar found" /> : (
        <ol className="search-results">
          {results.items.map((hit) => (
            <li key={`${hit.path}:${hit.startLine}`}>
              <span className="path">{hit.path}:{hit.startLine}–{hit.endLine}</span>
              <span className="muted small"> · similarity {hit.similarity.toFixed(2)}</span>
            </li>
          ))}
        </ol>
      ))}
    </>
  );
}
