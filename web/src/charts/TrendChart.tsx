import { useMemo, useRef } from 'react';
import type { Trends } from '../api/types';
import { humanize, count } from '../components/format';
import { max } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line, stack, type SeriesPoint } from 'd3-shape';
import { axisLabel, axisTicks } from './axis';
import { severityColour } from './palette';
import { useWidth } from './useWidth';

const HEIGHT = 320;
type Day = Trends['points'][number];

const PAD = { left: 48, right: 16, top: 36, bottom: 28 };

/**
 * Unresolved debt by severity at each day's end: stacked areas, most severe on top, drawn as SVG. Each day's numbers
 * are its tooltip (an SVG title), and the whole trend is a table below.
 */
export function TrendChart({ trends }: { trends: Trends }) {
  const severities = Object.keys(trends.points[0]?.open ?? {});
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const last = trends.points[trends.points.length - 1];
  const first = trends.points[0];
  const label = last && first
    ? `Unresolved debt from ${first.date} to ${last.date}: ${count(first.openTotal)} items then, ${count(last.openTotal)} now.`
    : 'No trend data yet.';
  return (
    <figure className="chart-figure">
      <div ref={ref} className="chart" role="img" aria-label={label}>
        {width > 0 && <TrendSvg trends={trends} severities={severities} width={width} />}
      </div>
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

function TrendSvg({ trends, severities, width }: { trends: Trends; severities: string[]; width: number }) {
  const points = trends.points;
  const { areas, ticks, label, x, y, plotWidth } = useMemo(() => {
    const plotWidth = Math.max(1, width - PAD.left - PAD.right);
    const plotHeight = HEIGHT - PAD.top - PAD.bottom;
    // bottom to top: least severe first, so the most severe ends on top
    const layers = stack<Day>().keys([...severities].reverse()).value((p, s) => p.open[s] ?? 0)(points);
    const y = scaleLinear().domain([0, max(layers.at(-1) ?? [], (d) => d[1]) || 1]).range([PAD.top + plotHeight, PAD.top]).nice();
    const dates = scalePoint<number>().domain(points.map((_, i) => i)).range([PAD.left, PAD.left + plotWidth]);
    const x = (i: number) => dates(i) ?? PAD.left;
    const fill = area<SeriesPoint<Day>>().x((_, i) => x(i)).y0((d) => y(d[0])).y1((d) => y(d[1])).digits(1);
    const edge = line<SeriesPoint<Day>>().x((_, i) => x(i)).y((d) => y(d[1])).digits(1);
    const areas = layers.map((layer) => ({ severity: layer.key, d: fill(layer) ?? '', line: edge(layer) ?? '' }));
    return { areas, ticks: axisTicks(y, true), label: axisLabel(y), x, y, plotWidth };
  }, [points, severities, width]);
  const labelEvery = Math.max(1, Math.ceil(points.length / Math.max(2, Math.floor(plotWidth / 110))));
  const slot = points.length > 1 ? plotWidth / (points.length - 1) : plotWidth;
  return (
    <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} className="chart-svg" aria-hidden="true">
      <g className="chart-legend">
        {severities.map((severity, i) => (
          <g key={severity} transform={`translate(${PAD.left + i * 110}, 8)`}>
            <rect width="12" height="12" rx="2" fill={severityColour(severity)} />
            <text x="18" y="10">{humanize(severity)}</text>
          </g>
        ))}
      </g>
      <g className="chart-axis">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={PAD.left + plotWidth} y1={y(tick)} y2={y(tick)} className="chart-grid" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">{label(tick)}</text>
          </g>
        ))}
        {points.map((p, i) => (i % labelEvery === 0 || i === points.length - 1) && (i === points.length - 1 || points.length - 1 - i >= labelEvery / 2) ? (
          <text key={p.date} x={x(i)} y={HEIGHT - 8} textAnchor="middle">{p.date.slice(5)}</text>
        ) : null)}
      </g>
      {areas.map((area) => (
        <g key={area.severity}>
          <path d={area.d} fill={severityColour(area.severity)} fillOpacity="0.85" />
          <path d={area.line} fill="none" stroke={severityColour(area.severity)} strokeWidth="1" />
        </g>
      ))}
      <g className="chart-hits">
        {points.map((p, i) => (
          <rect key={p.date} x={x(i) - slot / 2} y={PAD.top} width={slot} height={HEIGHT - PAD.top - PAD.bottom} fill="transparent">
            <title>{`${p.date}: ${count(p.openTotal)} unresolved (${severities.map((s) => `${s} ${count(p.open[s] ?? 0)}`).join(', ')}); ${count(p.detected)} detected, ${count(p.resolved)} resolved`}</title>
          </rect>
        ))}
      </g>
    </svg>
  );
}
