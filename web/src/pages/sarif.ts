import { api } from '../api/client';
import { ApiProblem } from '../api/problem';

/** Saves a completed scan's SARIF 2.1.0 file: fetched with the session's token, handed to the browser as a download. */
export async function downloadSarif(scanId: string): Promise<void> {
  let result;
  try {
    result = await api.GET('/api/scans/{id}/sarif', { params: { path: { id: scanId } }, parseAs: 'blob' });
  } catch {
    throw ApiProblem.network();
  }
  const { data: blob, response, error } = result;
  if (!response.ok || !blob) throw ApiProblem.from(response.status, error);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `debt-os-${scanId}.sarif`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
