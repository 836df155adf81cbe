import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import { useAction } from '../api/useAction';
import { useApi } from '../api/useApi';
import type { DebtItem, DebtStatus } from '../api/types';
import { Async } from '../components/Async';
import { SeverityBadge, StatusBadge } from '../components/Badges';
import { effort, humanize } from '../components/format';
import { ErrorState } from '../components/States';
import { Time } from '../components/Time';
import { usePageTitle } from '../components/usePageTitle';

/** One finding: where and why, its code evidence, its history, the workflow moves it allows, and feedback. */
export function DebtItemPage() {
  const { itemId = '' } = useParams();
  const item = useApi(`item:${itemId}`, (signal) =>
    unwrap(api.GET('/api/debt/{id}', { params: { path: { id: itemId } }, signal })));
  return (
    <section className="page">
      <Async loaded={item} label="Loading the item">
        {(data) => <ItemView item={data} reload={item.reload} />}
      </Async>
    </section>
  );
}

function ItemView({ item, reload }: { item: DebtItem; reload: () => void }) {
  usePageTitle(item.title);
  const location = item.path ? `${item.path}${item.startLine ? `:${item.startLine}${item.endLine && item.endLine !== item.startLine ? `–${item.endLine}` : ''}` : ''}` : 'the whole repository';
  return (
    <>
      <p className="eyebrow"><Link to={`/repos/${item.repositoryId}/debt`}>Debt</Link> · {item.ruleKey}</p>
      <h1>{item.title}</h1>
      <div className="row tight item-facts">
        <SeverityBadge severity={item.severity} />
        <StatusBadge status={item.status} />
        <span>{humanize(item.type)}</span>
        <span>· {effort(item.effortMinutes)} to fix</span>
        <span>· priority {item.priority.toFixed(1)}</span>
        <span>· confidence {Math.round(item.confidence * 100)} %</span>
      </div>
      <div className="item-grid">
        <div className="stack">
          <section className="card" aria-labelledby="evidence-title">
            <h2 id="evidence-title">Evidence</h2>
            <p className="path">{location}</p>
            {item.message !== item.title && <p>{item.message}</p>}
            {item.evidence ? <pre className="code"><code>{item.evidence}</code></pre> : <p className="muted">No code excerpt for this finding.</p>}
            {item.suggestedFix && (<><h3>Suggested fix</h3><pre className="code"><code>{item.suggestedFix}</code></pre></>)}
          </section>
          <Timeline item={item} />
        </div>
        <div className="stack">
          <Workflow item={item} onChanged={reload} />
          <Feedback item={item} onSent={reload} />
        </div>
      </div>
    </>
  );
}

/** Only the moves the API allows from the current status (it sends them with the item), each with an optional note. */
function Workflow({ item, onChanged }: { item: DebtItem; onChanged: () => void }) {
  const [note, setNote] = useState('');
  const [target, setTarget] = useState<DebtStatus | null>(null);
  const move = useAction(async (status: DebtStatus) => {
    setTarget(status);
    const body = note.trim() ? { status, note: note.trim() } : { status };
    await unwrap(api.PATCH('/api/debt/{id}', { params: { path: { id: item.id } }, body }));
    setNote('');
    onChanged();
  });
  return (
    <section className="card" aria-labelledby="workflow-title">
      <h2 id="workflow-title">Status</h2>
      <p>Now <StatusBadge status={item.status} /></p>
      <label htmlFor="status-note">Note (optional)</label>
      <textarea id="status-note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="row wrap" role="group" aria-label="Move to">
        {item.allowedTransitions.map((status) => (
          <button key={status} type="button" className="button" disabled={move.busy} onClick={() => void move.run(status)}>
            {move.busy && target === status ? 'Moving…' : `Move to ${humanize(status).toLowerCase()}`}
          </button>
        ))}
      </div>
      {move.error !== null && <ErrorState message={problemMessage(move.error)} />}
    </section>
  );
}

function Feedback({ item, onSent }: { item: DebtItem; onSent: () => void }) {
  const [verdict, setVerdict] = useState<'valid' | 'invalid'>('valid');
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const send = useAction(async () => {
    const body = reason.trim() ? { verdict, reason: reason.trim() } : { verdict };
    await unwrap(api.POST('/api/debt/{id}/feedback', { params: { path: { id: item.id } }, body }));
    setReason('');
    setSent(true);
    onSent();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    void send.run();
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="feedback-title">
      <h2 id="feedback-title">Is this finding right?</h2>
      <fieldset className="choices">
        <legend className="visually-hidden">Verdict</legend>
        <label className="choice"><input type="radio" name="verdict" checked={verdict === 'valid'} onChange={() => setVerdict('valid')} /> Valid debt</label>
        <label className="choice"><input type="radio" name="verdict" checked={verdict === 'invalid'} onChange={() => setVerdict('invalid')} /> Not debt</label>
      </fieldset>
      <label htmlFor="feedback-reason">Why (optional)</label>
      <textarea id="feedback-reason" rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="button" disabled={send.busy}>Send feedback</button>
      {sent && <p role="status">Thank you: your feedback is in the item's history.</p>}
      {send.error !== null && <ErrorState message={problemMessage(send.error)} />}
    </form>
  );
}

function Timeline({ item }: { item: DebtItem }) {
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {item.events.length === 0 ? <p className="muted">No events.</p> : (
        <ol className="timeline">
          {item.events.map((event) => (
            <li key={event.id}>
              <Time iso={event.createdAt} /> <strong>{humanize(event.kind)}</strong>
              {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus && (
                <> · {humanize(event.fromStatus)} → {humanize(event.toStatus)}</>
              )}
              {!event.fromStatus && event.toStatus && <> · {humanize(event.toStatus)}</>}
              {event.note && <p className="note">{event.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
