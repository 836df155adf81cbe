import { useCallback, useMemo } from 'react';
import type { Hotspots } from '../api/types';
import { count } from '../components/format';
import { EChart, type ChartOption } from './EChart';

/**
 * Files by churn (x) and complexity (y), bubble area by lines of code, darker the higher the hotspot score:
 * the files where change meets complexity sit top right. Picking a bubble opens that file's debt.
 */
export default function HotspotMap({ hotspots, onPick }: { hotspots: Hotspots; onPick: (path: string) => void }) {
  const files = hotspots.items;
  const maxLoc = Math.max(1, ...files.map((f) => f.loc));
  const option = useMemo<ChartOption>(() => ({
    grid: { left: 56, right: 24, top: 16, bottom: 48 },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const file = files[(p as { dataIndex: number }).dataIndex];
        return file ? `${file.path}\nchurn ${file.churn}, complexity ${file.complexity}, ${file.loc} lines\n${file.openFindings} open findings` : '';
      },
    },
    xAxis: { type: 'value', name: 'Churn (lines changed)', nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'value', name: 'Complexity', nameLocation: 'middle', nameGap: 40 },
    series: [{
      type: 'scatter',
      data: files.map((f) => ({
        value: [f.churn, f.complexity],
        symbolSize: 8 + 40 * Math.sqrt(f.loc / maxLoc),
        itemStyle: { color: `rgba(209, 73, 91, ${0.25 + 0.75 * f.score})`, borderColor: '#7a1f2b' },
      })),
    }],
  }), [files, maxLoc]);
  const pick = useCallback((index: number) => {
    const file = files[index];
    if (file) onPick(file.path);
  }, [files, onPick]);
  const top = files[0];
  const label = top
    ? `${count(files.length)} files by churn and complexity; the hottest is ${top.path} with churn ${top.churn} and complexity ${top.complexity}.`
    : 'No hotspots.';
  return (
    <figure className="chart-figure">
      <EChart option={option} label={label} onPick={pick} />
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
