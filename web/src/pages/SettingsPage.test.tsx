import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi } from '../test/fakeApi';
import { renderAt } from '../test/render';
import type { RepositorySettings } from '../api/types';

const SETTINGS: RepositorySettings = {
  autoScan: true, scanOnPush: true, scanOnPr: true, include: [], exclude: [], schedule: null, llmTokenBudget: 30000,
  llm: 'on', thresholds: {}, prComments: true, prStatus: true, qualityGate: { failOn: 'high' }, ignore: [],
  feedbackSimilarity: 0.7,
};

function repository(settings: RepositorySettings) {
  return { body: { id: 'repo-1', fullName: 'acme/shop', settings } };
}

describe('repository settings', () => {
  it('turns the LLM review off for the repository and saves the token budget', async () => {
    const { calls } = fakeApi({
      'GET /api/repos/repo-1': repository(SETTINGS),
      'PATCH /api/repos/repo-1/settings': (call) => ({ body: { ...SETTINGS, ...(call.body as object) } }),
    });
    renderAt('/repos/repo-1/settings');
    const llm = await screen.findByLabelText(/^Send code of this repository to the LLM/);
    const budget = screen.getByLabelText('LLM token budget per scan (0: none)');
    expect((llm as HTMLInputElement).checked).toBe(true);
    expect((budget as HTMLInputElement).value).toBe('30000');

    await userEvent.clear(budget);
    await userEvent.type(budget, '12000');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved.');
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({ llm: 'on', llmTokenBudget: 12000 });

    await userEvent.click(llm);
    expect((budget as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Off: nothing of this repository is ever sent to a model.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved.');
    expect(calls.filter((c) => c.method === 'PATCH').at(-1)?.body).toMatchObject({ llm: 'off', llmTokenBudget: 12000 });
  });

  it('shows a repository that is off as off', async () => {
    fakeApi({ 'GET /api/repos/repo-1': repository({ ...SETTINGS, llm: 'off', llmTokenBudget: 0 }) });
    renderAt('/repos/repo-1/settings');
    const llm = await screen.findByLabelText(/^Send code of this repository to the LLM/);
    expect((llm as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('LLM token budget per scan (0: none)') as HTMLInputElement).disabled).toBe(true);
  });
});
