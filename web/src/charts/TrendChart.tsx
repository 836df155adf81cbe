import { useMemo } from 'react';
import type { Trends } from '../api/types';
import { humanize, count } from '../components/format';
import { EChart, type ChartOption } from './EChart';
import { severityColour } from './palette';

/** Unresolved debt by severity at each day's end: stacked areas, most severe on top. */
export default function TrendChart({ trends }: { trends: Trends }) {
  const severities = Object.keys(trends.points[0]?.open ?? {});
  const option = useMemo<ChartOption>(() => ({
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', boundaryGap: false, data: trends.points.map((p) => p.date) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [...severities].reverse().map((severity) => ({
      name: humanize(severity),
      type: 'line',
      stack: 'open',
      areaStyle: { opacity: 0.85 },
      symbol: 'none',
      lineStyle: { width: 1 },
      color: severityColour(severity),
      data: trends.points.map((p) => p.open[severity] ?? 0),
    })),
  }), [trends, severities]);
  const last = trends.points[trends.points.length - 1];
  const first = trends.points[0];
  const label = last && first
    ? `Unresolved debt from ${first.date} to ${last.date}: ${count(first.openTotal)} items then, ${count(last.openTotal)} now.`
    : 'No trend data yet.';
  return (
    <figure className="chart-figure">
      <EChart option={option} label={label} />
      <details>
        <summary>Trend as a table</summary>
        <div className="table-scroll">
          <table className="table compact">
            <thead>
              <tr><th scope="col">Day</th>{severities.map((s) => <th key={s} scope="col">{humanize(s)}</th>)}<th scope="col">Detected</th><th scope="col">Resolved</th></tr>
            </thead>
            <tbody>
              {trends.points.filter((p) => p.detected || p.resolved || p.scans).map((p) => (
                <tr key={p.date}>
                  <th scope="row">{p.date}</th>
                  {severities.map((s) => <td key={s}>{p.open[s]}</td>)}
                  <td>{p.detected}</td><td>{p.resolved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
