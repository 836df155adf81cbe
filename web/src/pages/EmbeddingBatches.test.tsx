import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { fakeApi } from '../test/fakeApi';
import { renderAt } from '../test/render';
import { EmbeddingBatches, embeddingNote } from './EmbeddingBatches';

const QUEUED = { model: 'all-minilm-l6-v2', chunks: 900, embedded: 0, reused: 100, deferred: 0, queued: 800, deadline: '2099-01-01T00:00:00Z' };

describe('a scan\'s embedding batches', () => {
  it('shows a bar of batches finished while the embedding worker has some pending', () => {
    render(<EmbeddingBatches embeddings={{ ...QUEUED, state: 'embedding', batches: { total: 8, done: 3, pending: 5, dropped: 0 } }} />);
    const bar = screen.getByRole('progressbar', { name: /Embedding: 3 of 8 batches done/ });
    expect(bar.getAttribute('value')).toBe('3');
    expect(bar.getAttribute('max')).toBe('8');
    expect(screen.getByText(/still pending at the deadline/)).toBeTruthy();
  });

  it('says complete with the batches and chunks embedded', () => {
    render(<EmbeddingBatches embeddings={{ ...QUEUED, embedded: 800, state: 'complete', batches: { total: 8, done: 8, pending: 0, dropped: 0 } }} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('Complete: 8 of 8 batches embedded (800 chunks).')).toBeTruthy();
  });

  it('says incomplete with the chunks dropped and why', () => {
    render(<EmbeddingBatches embeddings={{ ...QUEUED, state: 'incomplete', batches: { total: 8, done: 7, pending: 0, dropped: 1 },
      droppedChunks: 100, reason: 'not embedded by its deadline' }} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText(/Incomplete: 7 of 8 batches embedded, 1 dropped \(100 chunks not embedded\): not embedded by its deadline\./))
      .toBeTruthy();
  });

  it('shows nothing when the scan embedded in its own run', () => {
    const { container } = render(<EmbeddingBatches embeddings={{ model: 'm', chunks: 5, embedded: 5, reused: 0, deferred: 0 }} />);
    expect(container.innerHTML).toBe('');
  });

  it('keeps polling a completed scan until its batches are finished', async () => {
    let polls = 0;
    const batches = (done: number) => ({ total: 2, done, pending: 2 - done, dropped: 0 });
    fakeApi({
      'GET /api/scans/scan-1': () => {
        polls += 1;
        const embeddings = polls < 3 ? { ...QUEUED, state: 'embedding', batches: batches(1) } : { ...QUEUED, state: 'complete', batches: batches(2) };
        return { body: { id: 'scan-1', repositoryId: 'repo-1', stage: null, trigger: 'webhook_pr', depth: 'standard', branch: 'main',
          commitSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), prNumber: 7, attempt: 1, requestedBy: null, error: null, status: 'completed',
          progress: 100, createdAt: '2026-12-07T10:00:00Z', startedAt: '2026-12-07T10:00:01Z', finishedAt: '2026-12-07T10:00:09Z',
          stats: { embeddings } } };
      },
    });
    renderAt('/scans/scan-1');
    expect((await screen.findByRole('progressbar', { name: /1 of 2 batches done/ })).getAttribute('value')).toBe('1');
    await waitFor(() => expect(screen.getByText('Complete: 2 of 2 batches embedded (800 chunks).')).toBeTruthy(), { timeout: 5000 });
    expect(polls).toBeGreaterThanOrEqual(3);
  });

  it('puts the batches in a word for the list of scans', () => {
    expect(embeddingNote({ ...QUEUED, state: 'embedding', batches: { total: 8, done: 3, pending: 5, dropped: 0 } })).toBe('embedding 3/8');
    expect(embeddingNote({ ...QUEUED, state: 'incomplete', batches: { total: 8, done: 7, pending: 0, dropped: 1 } })).toBe('embeddings incomplete');
    expect(embeddingNote({ ...QUEUED, state: 'complete', batches: { total: 8, done: 8, pending: 0, dropped: 0 } })).toBeNull();
    expect(embeddingNote(undefined)).toBeNull();
  });
});
