import { useMemo, useRef } from 'react';
import type { Hotspots } from '../api/types';
import { count } from '../components/format';
import { max } from 'd3-array';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { axisLabel, axisTicks } from './axis';
import { useWidth } from './useWidth';

const HEIGHT = 320;
const PAD = { left: 56, right: 24, top: 16, bottom: 48 };

/**
 * Files by churn (x) and complexity (y), bubble area by lines of code, darker the higher the hotspot score:
 * the files where change meets complexity sit top right. Picking a bubble opens that file's debt; each bubble's
 * numbers are its tooltip (an SVG title), and the table below offers the same files to the keyboard.
 */
export function HotspotMap({ hotspots, onPick }: { hotspots: Hotspots; onPick: (path: string) => void }) {
  const files = hotspots.items;
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const top = files[0];
  const label = top
    ? `${count(files.length)} files by churn and complexity; the hottest is ${top.path} with churn ${top.churn} and complexity ${top.complexity}.`
    : 'No hotspots.';
  return (
    <figure className="chart-figure">
      <div ref={ref} className="chart" role="img" aria-label={label}>
        {width > 0 && <HotspotSvg hotspots={hotspots} width={width} onPick={onPick} />}
      </div>
      <details>
        <summary>Hotspots as a table</summary>
        <div className="table-scroll">
          <table className="table compact">
            <thead><tr><th scope="col">File</th><th scope="col">Churn</th><th scope="col">Complexity</th><th scope="col">Lines</th><th scope="col">Score</th><th scope="col">Open findings</th></tr></thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.path}>
                  <th scope="row"><button type="button" className="link" onClick={() => onPick(f.path)}>{f.path}</button></th>
                  <td>{f.churn}</td><td>{f.complexity}</td><td>{f.loc}</td><td>{f.score.toFixed(2)}</td><td>{f.openFindings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function HotspotSvg({ hotspots, width, onPick }: { hotspots: Hotspots; width: number; onPick: (path: string) => void }) {
  const files = hotspots.items;
  const layout = useMemo(() => {
    const plotWidth = Math.max(1, width - PAD.left - PAD.right);
    const plotHeight = HEIGHT - PAD.top - PAD.bottom;
    const x = scaleLinear().domain([0, max(files, (f) => f.churn) || 1]).range([PAD.left, PAD.left + plotWidth]).nice();
    const y = scaleLinear().domain([0, max(files, (f) => f.complexity) || 1]).range([PAD.top + plotHeight, PAD.top]).nice();
    const radius = scaleSqrt().domain([0, max(files, (f) => f.loc) || 1]).range([4, 24]);
    // the largest first, so a small bubble over a large one can still be picked
    const bubbles = files.map((f) => ({ file: f, cx: x(f.churn), cy: y(f.complexity), r: radius(f.loc) }))
      .sort((a, b) => b.r - a.r);
    return { plotWidth, plotHeight, x, y, bubbles };
  }, [files, width]);
  const { plotWidth, plotHeight, x, y, bubbles } = layout;
  const xLabel = axisLabel(x);
  const yLabel = axisLabel(y);
  return (
    <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} className="chart-svg" aria-hidden="true">
      <g className="chart-axis">
        {axisTicks(y).map((tick) => (
          <g key={`y${tick}`}>
            <line x1={PAD.left} x2={PAD.left + plotWidth} y1={y(tick)} y2={y(tick)} className="chart-grid" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">{yLabel(tick)}</text>
          </g>
        ))}
        {axisTicks(x).map((tick) => (
          <text key={`x${tick}`} x={x(tick)} y={PAD.top + plotHeight + 16} textAnchor="middle">{xLabel(tick)}</text>
        ))}
        <text x={PAD.left + plotWidth / 2} y={HEIGHT - 6} textAnchor="middle" className="chart-name">Churn (lines changed)</text>
        <text transform={`translate(14, ${PAD.top + plotHeight / 2}) rotate(-90)`} textAnchor="middle" className="chart-name">Complexity</text>
      </g>
      <g className="chart-bubbles">
        {bubbles.map(({ file, cx, cy, r }) => (
          <circle key={file.path} cx={cx} cy={cy} r={r} fill="#d1495b" fillOpacity={0.25 + 0.75 * file.score} stroke="#7a1f2b"
            onClick={() => onPick(file.path)}>
            <title>{`${file.path}\nchurn ${file.churn}, complexity ${file.complexity}, ${file.loc} lines\n${file.openFindings} open findings`}</title>
          </circle>
        ))}
      </g>
    </svg>
  );
}
