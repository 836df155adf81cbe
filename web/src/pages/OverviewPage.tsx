import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { HotspotMap } from '../charts/HotspotMap';
import { TrendChart } from '../charts/TrendChart';
import { useApi } from '../api/useApi';
import type { Summary } from '../api/types';
import { Async } from '../components/Async';
import { RatingBadge, SeverityBadge } from '../components/Badges';
import { count, effort, humanize, percent } from '../components/format';
import { Empty } from '../components/States';
import { Time } from '../components/Time';
import { usePageTitle } from '../components/usePageTitle';
import { useRepository } from './RepositoryLayout';

const TREND_DAYS = 90;
const HOTSPOTS = 50;

/** Rating and debt ratio at a glance, the trend of unresolved debt, the hotspot map and the remediation plan. */
export function OverviewPage() {
  const { repoId, repo } = useRepository();
  usePageTitle(`${repo?.fullName ?? 'Repository'} · Overview`);
  const navigate = useNavigate();
  const path = { id: repoId };
  const summary = useApi(`summary:${repoId}`, (signal) =>
    unwrap(api.GET('/api/repos/{id}/summary', { params: { path }, signal })));
  const trends = useApi(`trends:${repoId}`, (signal) =>
    unwrap(api.GET('/api/repos/{id}/debt/trends', { params: { path, query: { days: TREND_DAYS } }, signal })));
  const hotspots = useApi(`hotspots:${repoId}`, (signal) =>
    unwrap(api.GET('/api/repos/{id}/debt/hotspots', { params: { path, query: { limit: HOTSPOTS } }, signal })));
  const openFile = useCallback((file: string) =>
    navigate(`/repos/${repoId}/debt?path=${encodeURIComponent(file)}`), [navigate, repoId]);

  return (
    <Async loaded={summary} label="Loading the summary">
      {(data) => data.scanId === null ? (
        <Empty title="Not scanned yet">
          <p>Press <strong>Scan now</strong> to analyse the default branch; the overview fills in when the scan completes.</p>
        </Empty>
      ) : (
        <div className="overview">
          <Headline summary={data} repoId={repoId} />
          <section className="card wide" aria-labelledby="trend-title">
            <h2 id="trend-title">Unresolved debt, last {TREND_DAYS} days</h2>
            <Async loaded={trends} label="Loading the trend">
              {(t) => <TrendChart trends={t} />}
            </Async>
          </section>
          <section className="card wide" aria-labelledby="hotspot-title">
            <h2 id="hotspot-title">Hotspots: where change meets complexity</h2>
            <Async loaded={hotspots} label="Loading hotspots">
              {(h) => h.items.length === 0 ? <Empty title="No hotspots: no file is both changed and complex" />
                : <HotspotMap hotspots={h} onPick={openFile} />}
            </Async>
          </section>
          <Plan summary={data} />
        </div>
      )}
    </Async>
  );
}

function Headline({ summary, repoId }: { summary: Summary; repoId: string }) {
  const severities = Object.entries(summary.bySeverity);
  return (
    <section className="card wide headline" aria-label="Summary">
      <div className="metric">
        <RatingBadge rating={summary.rating} large />
        <span className="metric-label">Debt rating</span>
      </div>
      <div className="metric">
        <span className="metric-value">{summary.debtRatio === null ? '—' : percent(summary.debtRatio)}</span>
        <span className="metric-label">Debt ratio</span>
      </div>
      <div className="metric">
        <span className="metric-value">{count(summary.openItems)}</span>
        <span className="metric-label">Unresolved items</span>
      </div>
      <div className="metric">
        <span className="metric-value">{effort(summary.openEffortMinutes)}</span>
        <span className="metric-label">Remediation effort</span>
      </div>
      <ul className="severity-counts" aria-label="Unresolved items by severity">
        {severities.map(([severity, n]) => (
          <li key={severity}>
            <Link to={`/repos/${repoId}/debt?severity=${severity}`}><SeverityBadge severity={severity} /> {count(n)}</Link>
          </li>
        ))}
      </ul>
      <p className="muted small">Last scan <Time iso={summary.scannedAt} />, {count(summary.codeLines)} lines of code.</p>
    </section>
  );
}

const PLAN_TEXT: Record<string, string> = {
  quick_wins: 'High value, little effort: do these first.',
  strategic: 'High value, more effort: plan them.',
  deferrable: 'Lower value: leave them until they get in the way.',
};

function Plan({ summary }: { summary: Summary }) {
  return (
    <section className="card wide" aria-labelledby="plan-title">
      <h2 id="plan-title">Remediation plan</h2>
      <ol className="plan">
        {summary.plan.map((step) => (
          <li key={step.name} className="plan-step">
            <h3>{step.step}. {humanize(step.name)} <span className="muted">· {count(step.items)} items, {effort(step.effortMinutes)}</span></h3>
            <p className="muted small">{PLAN_TEXT[step.name] ?? ''}</p>
            {step.top.length === 0 ? <p className="small">Nothing here.</p> : (
              <ul className="plan-items">
                {step.top.map((item) => (
                  <li key={item.id}>
                    <SeverityBadge severity={item.severity} /> <Link to={`/debt/${item.id}`}>{item.title}</Link>
                    <span className="muted small"> {item.path}{item.startLine ? `:${item.startLine}` : ''} · {effort(item.effortMinutes)}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
