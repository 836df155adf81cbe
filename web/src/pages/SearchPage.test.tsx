import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi } from '../test/fakeApi';
import { renderAt } from '../test/render';

const STATS = {
  repositoryId: 'repo-1', fullName: 'acme/shop', scanId: 's1', filesInScan: 4, filesEmbedded: 4, coverage: 1, chunks: 12,
  dimensions: 384, models: [{ model: 'all-minilm-l6-v2', chunks: 12, files: 4 }], lastEmbeddedAt: '2026-12-01T10:00:00Z',
};

describe('semantic search', () => {
  it('sends the text query with the path glob and lists the nearest code with its first lines', async () => {
    const { calls } = fakeApi({
      'GET /api/repos/repo-1': { body: { id: 'repo-1', fullName: 'acme/shop' } },
      'GET /api/embeddings/stats/repo-1': { body: STATS },
      'POST /api/embeddings/search': {
        body: {
          repositoryId: 'repo-1', model: 'all-minilm-l6-v2', items: [{
            path: 'src/Numbers.java', chunkIndex: 0, startLine: 4, endLine: 14, name: 'isPrime', language: 'java',
            snippet: 'static boolean isPrime(int n) {', score: 0.61234,
          }],
        },
      },
    });
    renderAt('/repos/repo-1/search');
    await userEvent.type(await screen.findByLabelText('What the code does'), 'is a number prime');
    await userEvent.type(screen.getByLabelText('Only paths matching (optional glob)'), 'src/**');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('static boolean isPrime(int n) {')).toBeTruthy();
    expect(screen.getByText('src/Numbers.java:4-14')).toBeTruthy();
    expect(screen.getByText('score 0.612')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ repoId: 'repo-1', query: 'is a number prime', limit: 20, paths: ['src/**'] });
  });
});
