import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import { useAction } from '../api/useAction';
import type { RepositorySettings, SettingsPatch } from '../api/types';
import { ErrorState, Loading } from '../components/States';
import { ShownOnce } from '../components/ShownOnce';
import { usePageTitle } from '../components/usePageTitle';
import { useRepository } from './RepositoryLayout';

type FailOn = RepositorySettings['qualityGate']['failOn'];
const FAIL_ON: FailOn[] = ['critical', 'high', 'medium', 'low', 'info'];
const SCHEDULES = ['', 'hourly', 'daily', 'weekly'];

/**
 * Schedule, scan triggers, paths, thresholds, the PR quality gate and the LLM review (on/off, token budget per scan);
 * the webhook secret; deleting the repository.
 */
export function SettingsPage() {
  const { repo, reload } = useRepository();
  usePageTitle(`${repo?.fullName ?? 'Repository'} · Settings`);
  if (!repo) return <Loading label="Loading the settings" />;
  return (
    <div className="stack">
      <SettingsForm key={repo.id} repoId={repo.id} settings={repo.settings} onSaved={reload} />
      <WebhookSecret repoId={repo.id} />
      <DeleteRepository repoId={repo.id} name={repo.fullName} />
    </div>
  );
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

function thresholdsText(thresholds: Record<string, number>): string {
  return Object.entries(thresholds).map(([k, v]) => `${k} = ${v}`).join('\n');
}

function parseThresholds(text: string): Record<string, number> {
  const parsed: Record<string, number> = {};
  for (const line of lines(text)) {
    const [name, value] = line.split('=').map((part) => part.trim());
    if (name) parsed[name] = Number(value);
  }
  return parsed;
}

function SettingsForm({ repoId, settings, onSaved }: { repoId: string; settings: RepositorySettings; onSaved: () => void }) {
  const preset = SCHEDULES.includes(settings.schedule ?? '') ? settings.schedule ?? '' : 'cron';
  const [schedule, setSchedule] = useState(preset);
  const [cron, setCron] = useState(preset === 'cron' ? settings.schedule ?? '' : '');
  const [autoScan, setAutoScan] = useState(settings.autoScan);
  const [scanOnPush, setScanOnPush] = useState(settings.scanOnPush);
  const [scanOnPr, setScanOnPr] = useState(settings.scanOnPr);
  const [prComments, setPrComments] = useState(settings.prComments);
  const [prStatus, setPrStatus] = useState(settings.prStatus);
  const [failOn, setFailOn] = useState<FailOn>(settings.qualityGate.failOn);
  const [include, setInclude] = useState(settings.include.join('\n'));
  const [exclude, setExclude] = useState(settings.exclude.join('\n'));
  const [thresholds, setThresholds] = useState(thresholdsText(settings.thresholds));
  const [llm, setLlm] = useState(settings.llm === 'on');
  const [budget, setBudget] = useState(String(settings.llmTokenBudget));
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    const body: SettingsPatch = {
      schedule: schedule === 'cron' ? cron.trim() : schedule || null,
      autoScan, scanOnPush, scanOnPr, prComments, prStatus,
      qualityGate: { failOn },
      include: lines(include),
      exclude: lines(exclude),
      thresholds: parseThresholds(thresholds),
      llm: llm ? 'on' : 'off',
      llmTokenBudget: Number(budget),
    };
    await unwrap(api.PATCH('/api/repos/{id}/settings', { params: { path: { id: repoId } }, body }));
    setSaved(true);
    onSaved();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void save.run();
  };

  const check = (id: string, label: string, value: boolean, set: (v: boolean) => void) => (
    <label className="check" htmlFor={id}>
      <input id={id} type="checkbox" checked={value} onChange={(e) => set(e.target.checked)} /> {label}
    </label>
  );

  return (
    <form className="card stack settings" onSubmit={submit} aria-labelledby="settings-title">
      <h2 id="settings-title">Scanning</h2>
      <div className="grid-2">
        <div className="stack">
          <label htmlFor="schedule">Scheduled scan (UTC)</label>
          <select id="schedule" value={schedule} onChange={(e) => setSchedule(e.target.value)}>
            <option value="">None</option>
            <option value="hourly">Hourly</option>
            <option value="daily">Daily at 00:00</option>
            <option value="weekly">Weekly, Sunday 00:00</option>
            <option value="cron">Cron expression…</option>
          </select>
          {schedule === 'cron' && (
            <>
              <label htmlFor="cron">Cron expression (5 fields)</label>
              <input id="cron" value={cron} placeholder="0 3 * * 1" onChange={(e) => setCron(e.target.value)} />
            </>
          )}
          <fieldset className="checks">
            <legend>Triggers</legend>
            {check('auto-scan', 'Scheduled scans on', autoScan, setAutoScan)}
            {check('scan-on-push', 'Scan pushes to the default branch', scanOnPush, setScanOnPush)}
            {check('scan-on-pr', 'Scan pull requests', scanOnPr, setScanOnPr)}
          </fieldset>
        </div>
        <div className="stack">
          <fieldset className="checks">
            <legend>Pull-request quality gate</legend>
            <label htmlFor="fail-on">Fail on an added finding of severity</label>
            <select id="fail-on" value={failOn} onChange={(e) => setFailOn(e.target.value as FailOn)}>
              {FAIL_ON.map((s) => <option key={s} value={s}>{s} or worse</option>)}
            </select>
            {check('pr-status', 'Set the commit status debt-os/quality-gate', prStatus, setPrStatus)}
            {check('pr-comments', 'Comment on the pull request', prComments, setPrComments)}
          </fieldset>
        </div>
      </div>
      <div className="grid-2">
        <div className="stack">
          <label htmlFor="include">Include (globs, one per line; empty: everything)</label>
          <textarea id="include" rows={3} value={include} onChange={(e) => setInclude(e.target.value)} />
          <label htmlFor="exclude">Exclude (globs, one per line)</label>
          <textarea id="exclude" rows={3} value={exclude} onChange={(e) => setExclude(e.target.value)} />
        </div>
        <div className="stack">
          <label htmlFor="thresholds">Rule thresholds (name = value, one per line)</label>
          <textarea id="thresholds" rows={3} value={thresholds} placeholder="cyclomatic = 15" onChange={(e) => setThresholds(e.target.value)} />
          <fieldset className="checks">
            <legend>LLM review</legend>
            {check('llm', 'Send code of this repository to the LLM (review and triage)', llm, setLlm)}
            <label htmlFor="budget">LLM token budget per scan (0: none)</label>
            <input id="budget" type="number" min={0} max={10000000} step={1000} value={budget} disabled={!llm}
              aria-describedby="budget-help" onChange={(e) => setBudget(e.target.value)} />
            <p id="budget-help" className="muted">
              {llm ? 'A third of it at most goes to triaging the top rule findings, the rest to the review.'
                : 'Off: nothing of this repository is ever sent to a model.'}
            </p>
          </fieldset>
        </div>
      </div>
      {save.error !== null && <ErrorState message={problemMessage(save.error)} />}
      <div className="row">
        <button type="submit" className="button primary" disabled={save.busy}>Save settings</button>
        {saved && <span role="status">Saved.</span>}
      </div>
    </form>
  );
}

function WebhookSecret({ repoId }: { repoId: string }) {
  const [secret, setSecret] = useState<string | null>(null);
  const rotate = useAction(async () => {
    const created = await unwrap(api.POST('/api/repos/{id}/webhook-secret', { params: { path: { id: repoId } } }));
    setSecret(created.secret);
  });
  return (
    <section className="card stack" aria-labelledby="webhook-title">
      <h2 id="webhook-title">Webhook secret</h2>
      <p className="muted">
        GitHub and GitLab sign their deliveries with it. A new secret replaces the old one at once: paste it into the
        provider's webhook settings right away.
      </p>
      {secret ? <ShownOnce label="New webhook secret" secret={secret} onDone={() => setSecret(null)} /> : (
        <button type="button" className="button" onClick={() => void rotate.run()} disabled={rotate.busy}>Create a new secret</button>
      )}
      {rotate.error !== null && <ErrorState message={problemMessage(rotate.error)} />}
    </section>
  );
}

function DeleteRepository({ repoId, name }: { repoId: string; name: string }) {
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const remove = useAction(async () => {
    await unwrap(api.DELETE('/api/repos/{id}', { params: { path: { id: repoId } } }));
    navigate('/repos', { replace: true });
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void remove.run();
  };
  return (
    <form className="card stack danger" onSubmit={submit} aria-labelledby="delete-title">
      <h2 id="delete-title">Delete this repository</h2>
      <p className="muted">Its scans and its whole debt ledger go with it. Type its name to confirm.</p>
      <label htmlFor="confirm-name">Repository name</label>
      <input id="confirm-name" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      {remove.error !== null && <ErrorState message={problemMessage(remove.error)} />}
      <button type="submit" className="button danger" disabled={remove.busy || typed !== name}>Delete {name}</button>
    </form>
  );
}
