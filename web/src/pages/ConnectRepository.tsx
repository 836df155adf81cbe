import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import { useAction } from '../api/useAction';
import { useApi } from '../api/useApi';
import { signInOptions } from '../auth/signInOptions';
import { ErrorState } from '../components/States';

type Provider = 'github' | 'gitlab' | 'local';

/** POST /api/repos: a GitHub or GitLab repository by name (or clone URL), or a local directory on the local profile. */
export function ConnectRepository({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const options = useApi('sign-in-options', signInOptions);
  const localProfile = options.state === 'ok' && options.data.local;
  const [provider, setProvider] = useState<Provider>('github');
  const [name, setName] = useState('');
  const chosen: Provider = provider === 'local' && !localProfile ? 'github' : provider;
  const connect = useAction(async () => {
    const value = name.trim();
    const body = chosen === 'local' ? { provider: chosen, path: value }
      : /^(https?|ssh|git):\/\//.test(value) ? { provider: chosen, cloneUrl: value } : { provider: chosen, fullName: value };
    const repo = await unwrap(api.POST('/api/repos', { body }));
    navigate(`/repos/${repo.id}`);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void connect.run();
  };

  return (
    <form className="panel stack" onSubmit={submit} aria-labelledby="connect-title">
      <h2 id="connect-title">Connect a repository</h2>
      <fieldset className="choices">
        <legend>Where it lives</legend>
        {(['github', 'gitlab', ...(localProfile ? ['local' as const] : [])] as Provider[]).map((p) => (
          <label key={p} className="choice">
            <input type="radio" name="provider" value={p} checked={chosen === p} onChange={() => setProvider(p)} />
            {p === 'github' ? 'GitHub' : p === 'gitlab' ? 'GitLab' : 'A directory on this machine'}
          </label>
        ))}
      </fieldset>
      <label htmlFor="repo-address">{chosen === 'local' ? 'Directory (absolute path of a git repository)' : 'Repository (owner/name or clone URL)'}</label>
      <input id="repo-address" name="address" required value={name} onChange={(e) => setName(e.target.value)}
             placeholder={chosen === 'local' ? '/home/me/projects/shop' : chosen === 'github' ? 'octo-org/shop' : 'group/subgroup/shop'} />
      {connect.error !== null && <ErrorState message={problemMessage(connect.error)} />}
      <div className="row">
        <button type="submit" className="button primary" disabled={connect.busy || name.trim() === ''}>{connect.busy ? 'Connecting…' : 'Connect'}</button>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
