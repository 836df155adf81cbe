import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, problem } from '../test/fakeApi';
import { renderAt } from '../test/render';

const ITEM = {
  id: 'item-1', repositoryId: 'repo-1', ruleKey: 'DEBT-COMPLEXITY-001', type: 'complexity', severity: 'high', status: 'open',
  title: "Function 'discount' is too complex", message: "Function 'discount' is too complex", path: 'src/Pricing.java',
  startLine: 8, endLine: 50, effortMinutes: 72, priority: 20, confidence: 1, evidence: 'int discount(int a) {', suggestedFix: null,
  firstSeenScanId: 's1', lastSeenScanId: 's1', resolvedAt: null, createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z',
  allowedTransitions: ['acknowledged', 'planned', 'in_progress', 'resolved', 'wont_fix'],
  events: [{ id: 'e1', kind: 'detected', fromStatus: null, toStatus: 'open', actorId: null, note: null, payload: {}, createdAt: '2026-12-01T10:00:00Z' }],
};

describe('a debt item', () => {
  it('offers exactly the transitions the API allows and sends the chosen one with its note', async () => {
    let current = ITEM;
    const { calls } = fakeApi({
      'GET /api/debt/item-1': () => ({ body: current }),
      'PATCH /api/debt/item-1': (call) => {
        current = { ...ITEM, status: 'planned', allowedTransitions: ['open', 'in_progress', 'wont_fix'] };
        return { body: { ...current, event: {} , note: (call.body as { note?: string }).note } };
      },
    });
    renderAt('/debt/item-1');
    const group = await screen.findByRole('group', { name: 'Move to' });
    expect([...group.querySelectorAll('button')].map((b) => b.textContent))
      .toEqual(['Move to acknowledged', 'Move to planned', 'Move to in progress', 'Move to resolved', 'Move to wont fix']);
    expect(screen.getByText('int discount(int a) {')).toBeTruthy();

    await userEvent.type(screen.getByLabelText('Note (optional)'), 'next sprint');
    await userEvent.click(screen.getByRole('button', { name: 'Move to planned' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Move to' }).querySelectorAll('button')).toHaveLength(3));
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ status: 'planned', note: 'next sprint' });
    expect(patch?.authorization).toBe('Bearer test-token');
  });

  it('shows a refused move as the problem sentence, never the raw body', async () => {
    fakeApi({
      'GET /api/debt/item-1': { body: ITEM },
      'PATCH /api/debt/item-1': problem(409, 'Conflict', 'cannot move from open to planned'),
    });
    renderAt('/debt/item-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Move to planned' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Conflict: cannot move from open to planned');
    expect(screen.queryByText(/urn:debt-os/)).toBeNull();
  });

  it('says so when the item does not exist', async () => {
    fakeApi({ 'GET /api/debt/missing': problem(404, 'Not Found', 'no debt item with this id') });
    renderAt('/debt/missing');
    expect((await screen.findByRole('alert')).textContent).toContain('Not Found: no debt item with this id');
  });
});
