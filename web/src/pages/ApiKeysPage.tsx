import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import { useAction } from '../api/useAction';
import { useApi } from '../api/useApi';
import type { ApiKey, RequestBody } from '../api/types';
import { Async } from '../components/Async';
import { Empty, ErrorState } from '../components/States';
import { ShownOnce } from '../components/ShownOnce';
import { Time } from '../components/Time';
import { usePageTitle } from '../components/usePageTitle';

type Scope = RequestBody<'/api/api-keys', 'post'>['scopes'][number];
const SCOPES: { value: Scope; text: string }[] = [
  { value: 'read', text: 'read: see repositories, scans and debt' },
  { value: 'write', text: 'write: connect repositories, scan, change statuses' },
  { value: 'admin', text: 'admin: manage API keys, delete repositories, read the audit log' },
];

/** API keys for CI and scripts: created with scopes, the key shown once, revoked at once. */
export function ApiKeysPage() {
  usePageTitle('API keys');
  const keys = useApi('api-keys', (signal) => unwrap(api.GET('/api/api-keys', { signal })));
  const [created, setCreated] = useState<string | null>(null);
  return (
    <section className="page">
      <h1>API keys</h1>
      {created ? <ShownOnce label="Your new API key" secret={created} onDone={() => setCreated(null)} />
        : <CreateKey onCreated={(key) => { setCreated(key); keys.reload(); }} />}
      <Async loaded={keys} label="Loading API keys">
        {(data) => data.items.length === 0 ? <Empty title="No API key yet" /> : (
          <table className="table">
            <caption className="visually-hidden">Your API keys</caption>
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Key</th><th scope="col">Scopes</th><th scope="col">Created</th>
                <th scope="col">Last used</th><th scope="col">Expires</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
              {data.items.map((key) => <KeyRow key={key.id} apiKey={key} onRevoked={keys.reload} />)}
            </tbody>
          </table>
        )}
      </Async>
    </section>
  );
}

function KeyRow({ apiKey, onRevoked }: { apiKey: ApiKey; onRevoked: () => void }) {
  const revoke = useAction(async () => {
    if (!window.confirm(`Revoke the key "${apiKey.name}"? Anything using it stops working at once.`)) return;
    await unwrap(api.DELETE('/api/api-keys/{id}', { params: { path: { id: apiKey.id } } }));
    onRevoked();
  });
  return (
    <tr className={apiKey.revokedAt ? 'revoked' : undefined}>
      <th scope="row">{apiKey.name}</th>
      <td className="mono">{apiKey.prefix}…</td>
      <td>{apiKey.scopes.join(', ')}</td>
      <td><Time iso={apiKey.createdAt} /></td>
      <td><Time iso={apiKey.lastUsedAt} fallback="never" /></td>
      <td><Time iso={apiKey.expiresAt} fallback="never" /></td>
      <td>
        {apiKey.revokedAt ? <span>Revoked <Time iso={apiKey.revokedAt} /></span> : (
          <button type="button" className="button danger small" onClick={() => void revoke.run()} disabled={revoke.busy}
                  aria-label={`Revoke ${apiKey.name}`}>Revoke</button>
        )}
        {revoke.error !== null && <ErrorState message={problemMessage(revoke.error)} />}
      </td>
    </tr>
  );
}

function CreateKey({ onCreated }: { onCreated: (key: string) => void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  const [expires, setExpires] = useState('');
  const create = useAction(async () => {
    const body: RequestBody<'/api/api-keys', 'post'> = { name: name.trim(), scopes };
    if (expires) body.expiresAt = new Date(`${expires}T23:59:59Z`).toISOString();
    const created = await unwrap(api.POST('/api/api-keys', { body }));
    setName('');
    onCreated(created.key);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create.run();
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="new-key-title">
      <h2 id="new-key-title">Create an API key</h2>
      <label htmlFor="key-name">Name</label>
      <input id="key-name" required maxLength={100} value={name} placeholder="CI on main" onChange={(e) => setName(e.target.value)} />
      <fieldset className="checks">
        <legend>Scopes</legend>
        {SCOPES.map((scope) => (
          <label key={scope.value} className="check">
            <input type="checkbox" name="scope" value={scope.value} checked={scopes.includes(scope.value)}
                   onChange={(e) => setScopes(e.target.checked ? [...scopes, scope.value] : scopes.filter((s) => s !== scope.value))} />
            {scope.text}
          </label>
        ))}
      </fieldset>
      <label htmlFor="key-expires">Expires (optional, end of that day UTC)</label>
      <input id="key-expires" type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
      {create.error !== null && <ErrorState message={problemMessage(create.error)} />}
      <button type="submit" className="button primary" disabled={create.busy || !name.trim() || scopes.length === 0}>Create key</button>
    </form>
  );
}
