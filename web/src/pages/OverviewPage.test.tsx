import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeApi } from '../test/fakeApi';
import { renderAt } from '../test/render';

const SEVERITIES = { critical: 1, high: 2, medium: 3, low: 0, info: 4 };
const day = (date: string, open: Record<string, number>) => ({
  date, open, openTotal: Object.values(open).reduce((a, b) => a + b, 0), detected: 1, resolved: 0, scans: 1, rating: 'B', debtRatio: 0.04,
});

const API = {
  'GET /api/repos/repo-1': { body: { id: 'repo-1', provider: 'github', fullName: 'acme/shop', defaultBranch: 'main' } },
  'GET /api/repos/repo-1/summary': { body: {
    repositoryId: 'repo-1', scanId: 'scan-1', scannedAt: '2026-12-07T10:00:00Z', codeLines: 12_000, openItems: 10,
    openEffortMinutes: 300, debtRatio: 0.05, rating: 'B', byType: { complexity: 10 }, bySeverity: SEVERITIES,
    byStatus: { open: 10 }, plan: [
      { step: 1, name: 'quick_wins', items: 1, effortMinutes: 10, top: [{ id: 'i1', title: 'Long method', type: 'complexity', severity: 'high', path: 'src/A.java', startLine: 3, effortMinutes: 10, priority: 9 }] },
      { step: 2, name: 'strategic', items: 0, effortMinutes: 0, top: [] },
      { step: 3, name: 'deferrable', items: 0, effortMinutes: 0, top: [] },
    ],
  } },
  'GET /api/repos/repo-1/debt/trends': { body: {
    repositoryId: 'repo-1', days: 90, from: '2026-12-06', to: '2026-12-07',
    points: [day('2026-12-06', { critical: 0, high: 1, medium: 3, low: 0, info: 4 }), day('2026-12-07', SEVERITIES)],
  } },
  'GET /api/repos/repo-1/debt/hotspots': { body: { repositoryId: 'repo-1', scanId: 'scan-1', items: [
    { path: 'src/A.java', language: 'java', loc: 400, churn: 30, complexity: 25, score: 0.9, openFindings: 4 },
    { path: 'src/B.java', language: 'java', loc: 100, churn: 5, complexity: 4, score: 0.1, openFindings: 1 },
  ] } },
};

describe('the repository overview', () => {
  it('draws the trend and the hotspot map as SVG with each number as a tooltip', async () => {
    fakeApi(API);
    const { container } = renderAt('/repos/repo-1');
    await screen.findByText('Debt rating');
    await waitFor(() => expect(container.querySelectorAll('.chart svg')).toHaveLength(2));
    const [trend, hotspots] = [...container.querySelectorAll('.chart')];
    expect(trend?.getAttribute('aria-label')).toBe('Unresolved debt from 2026-12-06 to 2026-12-07: 8 items then, 10 now.');
    // one filled area and one line per severity, the most severe drawn last (on top)
    const areas = [...trend!.querySelectorAll('path[fill-opacity]')];
    expect(areas).toHaveLength(5);
    expect(areas.at(-1)?.getAttribute('fill')).toBe('#8e1b1b');
    expect([...trend!.querySelectorAll('title')].map((t) => t.textContent))
      .toContain('2026-12-07: 10 unresolved (critical 1, high 2, medium 3, low 0, info 4); 1 detected, 0 resolved');
    const bubbles = hotspots!.querySelectorAll('circle');
    expect(bubbles).toHaveLength(2);
    expect(bubbles[0]?.querySelector('title')?.textContent).toBe('src/A.java\nchurn 30, complexity 25, 400 lines\n4 open findings');
  });

  it('opens a file\'s debt when its bubble is picked', async () => {
    fakeApi({ ...API, 'GET /api/repos/repo-1/debt': { body: { items: [], total: 0, limit: 50, offset: 0, nextOffset: null } } });
    const { container, router } = renderAt('/repos/repo-1');
    await waitFor(() => expect(container.querySelectorAll('.chart circle')).toHaveLength(2));
    fireEvent.click(container.querySelectorAll('.chart circle')[1]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/repos/repo-1/debt'));
    expect(router.state.location.search).toBe('?path=src%2FB.java');
  });
});
