import type { Scan } from '../api/types';
import { SeverityBadge } from '../components/Badges';
import { count, humanize, shortSha } from '../components/format';
import { Empty } from '../components/States';

type PullRequest = NonNullable<Scan['stats']['pullRequest']>;
type Finding = PullRequest['added'][number];

/** A PR scan's verdict (the quality gate and its reasons) and what the change adds and removes, by fingerprint. */
export function PullRequestResult({ scan }: { scan: Scan }) {
  const pr = scan.stats.pullRequest;
  if (!pr) return <Empty title="This scan has no pull-request result" />;
  const passed = pr.gate.status === 'passed';
  return (
    <>
      <section className={`card gate ${passed ? 'gate-passed' : 'gate-failed'}`} aria-labelledby="gate-title">
        <h2 id="gate-title">Quality gate: {passed ? 'passed' : 'failed'}</h2>
        <p className="muted small">
          Fails on an added finding of severity {pr.gate.failOn} or worse. Compared {shortSha(pr.head)} with its base {shortSha(pr.base)}.
        </p>
        {pr.gate.reasons.length > 0 && <ul>{pr.gate.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>}
      </section>
      <div className="item-grid">
        <FindingList title="Added" total={pr.addedCount} findings={pr.added} bySeverity={pr.addedBySeverity} />
        <FindingList title="Removed" total={pr.removedCount} findings={pr.removed} bySeverity={pr.removedBySeverity} />
      </div>
      {pr.hotspotDelta.length > 0 && (
        <section className="card" aria-labelledby="delta-title">
          <h2 id="delta-title">Hotspots that got hotter</h2>
          <table className="table compact">
            <thead><tr><th scope="col">File</th><th scope="col" className="num">Before</th><th scope="col" className="num">After</th></tr></thead>
            <tbody>
              {pr.hotspotDelta.map((d) => (
                <tr key={d.path}><th scope="row" className="path">{d.path}</th><td className="num">{d.before.toFixed(2)}</td><td className="num">{d.after.toFixed(2)}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

function FindingList({ title, total, findings, bySeverity }: {
  title: string;
  total: number;
  findings: Finding[];
  bySeverity: Record<string, number>;
}) {
  const id = `${title.toLowerCase()}-title`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}: {count(total)}</h2>
      <p className="muted small">
        {Object.entries(bySeverity).filter(([, n]) => n > 0).map(([s, n]) => `${count(n)} ${s}`).join(', ') || 'none'}
      </p>
      {findings.length > 0 && (
        <ul className="findings">
          {findings.map((f) => (
            <li key={f.fingerprint}>
              <SeverityBadge severity={f.severity} /> <span>{f.message}</span>
              <span className="muted small path"> {f.path || 'repository'}{f.line ? `:${f.line}` : ''} · {humanize(f.type)}</span>
            </li>
          ))}
        </ul>
      )}
      {findings.length < total && <p className="muted small">The first {count(findings.length)} are listed.</p>}
    </section>
  );
}
