import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { fakeApi } from '../test/fakeApi';
import { renderAt } from '../test/render';

const BASE = {
  id: 'scan-1', repositoryId: 'repo-1', stage: null, trigger: 'manual', depth: 'standard', branch: 'main',
  commitSha: 'a198306323c7c66651b91cddb1a271ed70c9d567', baseSha: null, prNumber: null, attempt: 1, requestedBy: 'u1',
  error: null, createdAt: '2026-12-07T10:00:00Z', startedAt: '2026-12-07T10:00:01Z', finishedAt: null,
};

const PULL_REQUEST = {
  number: 7, base: 'b'.repeat(40), head: 'c'.repeat(40), baseSource: 'reused',
  added: [{ fingerprint: 'f1', ruleKey: 'DEBT-COMPLEXITY-001', type: 'complexity', severity: 'high', path: 'src/Discounts.java', line: 8, endLine: 50, message: "Function 'seasonal' is too complex" }],
  addedCount: 1, removed: [], removedCount: 0,
  addedBySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0 },
  removedBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
  hotspotDelta: [{ path: 'src/Discounts.java', before: 0, after: 1 }],
  gate: { status: 'failed', failOn: 'high', reasons: ['adds 1 high finding: DEBT-COMPLEXITY-001 at src/Discounts.java:8'] },
  feedback: { comment: 'skipped', status: 'skipped', errors: [] },
};

describe('a scan page', () => {
  it('follows a running scan until it completes, then shows its result', async () => {
    let polls = 0;
    fakeApi({
      'GET /api/scans/scan-1': () => {
        polls += 1;
        return { body: polls < 3 ? { ...BASE, status: 'analyzing', stage: 'analyzing', progress: 40, stats: {} }
          : { ...BASE, status: 'completed', progress: 100, finishedAt: '2026-12-07T10:00:09Z', stats: { rating: 'B', debtRatio: 0.04 } } };
      },
      'GET /api/scans/scan-1/results': { body: { scan: {}, stats: { rating: 'B', debtRatio: 0.04 }, counts: { findings: 2, new: 2, stillOpen: 0, reopened: 0, resolved: 0 }, items: [], total: 0, limit: 50, offset: 0 } },
    });
    renderAt('/scans/scan-1');
    const progress = await screen.findByRole('progressbar');
    expect(progress.getAttribute('value')).toBe('40');
    await waitFor(() => expect(screen.getByText('Download SARIF')).toBeTruthy(), { timeout: 5000 });
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(screen.getByText('4.0 %')).toBeTruthy();
  });

  it('shows a pull-request scan: the gate, its reasons, what was added and removed', async () => {
    fakeApi({
      'GET /api/scans/scan-pr': { body: { ...BASE, id: 'scan-pr', trigger: 'webhook_pr', prNumber: 7, status: 'completed', progress: 100, baseSha: 'b'.repeat(40), stats: { pullRequest: PULL_REQUEST } } },
    });
    renderAt('/scans/scan-pr');
    expect(await screen.findByRole('heading', { name: 'Quality gate: failed' })).toBeTruthy();
    expect(screen.getByText('adds 1 high finding: DEBT-COMPLEXITY-001 at src/Discounts.java:8')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Added: 1' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Removed: 0' })).toBeTruthy();
    expect(screen.getByText("Function 'seasonal' is too complex")).toBeTruthy();
    expect(document.title).toBe('Pull request #7 · DEBT-OS');
  });

  it('says why a scan failed', async () => {
    fakeApi({ 'GET /api/scans/scan-x': { body: { ...BASE, id: 'scan-x', status: 'failed', progress: 10, error: 'clone refused: host not allowed', stats: {} } } });
    renderAt('/scans/scan-x');
    expect((await screen.findByRole('alert')).textContent).toContain('clone refused: host not allowed');
  });
});
