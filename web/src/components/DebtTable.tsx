import { Link } from 'react-router';
import type { DebtRow } from '../api/types';
import { SeverityBadge, StatusBadge } from './Badges';
import { effort, humanize } from './format';

type Row = Pick<DebtRow, 'id' | 'severity' | 'title' | 'status' | 'path' | 'startLine' | 'effortMinutes' | 'type'>;

/** Debt items as rows (the debt list, a scan's results): severity, the finding linked to its page, where, effort. */
export function DebtTable({ items, caption, showType = true }: { items: Row[]; caption: string; showType?: boolean }) {
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Severity</th><th scope="col">Finding</th>{showType && <th scope="col">Type</th>}
          <th scope="col">Status</th><th scope="col">Location</th><th scope="col" className="num">Effort</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td><SeverityBadge severity={item.severity} /></td>
            <th scope="row" className="finding"><Link to={`/debt/${item.id}`}>{item.title}</Link></th>
            {showType && <td>{humanize(item.type)}</td>}
            <td><StatusBadge status={item.status} /></td>
            <td className="path">{item.path}{item.startLine ? `:${item.startLine}` : ''}</td>
            <td className="num">{effort(item.effortMinutes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
