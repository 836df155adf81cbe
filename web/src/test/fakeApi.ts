import { vi } from 'vitest';

export interface Call {
  method: string;
  path: string;
  search: string;
  body: unknown;
  authorization: string | null;
}

type Answer = { status?: number; body?: unknown } | ((call: Call) => { status?: number; body?: unknown });

/**
 * Stands in for the API over fetch: answers by "METHOD /path" (path without query), records every call. Component
 * tests use it to drive pages through the same openapi-fetch client the dashboard ships with.
 */
export function fakeApi(routes: Record<string, Answer>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    const text = await request.text();
    const call: Call = {
      method: request.method, path: url.pathname, search: url.search, body: text ? JSON.parse(text) : undefined,
      authorization: request.headers.get('Authorization'),
    };
    calls.push(call);
    const answer = routes[`${call.method} ${call.path}`];
    if (!answer) {
      return new Response(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: `no fake for ${call.method} ${call.path}`, requestId: 'r' }),
        { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    }
    const { status = 200, body } = typeof answer === 'function' ? answer(call) : answer;
    if (status === 204) return new Response(null, { status });
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(body ?? {}), { status, headers: { 'Content-Type': type } });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls };
}

export function problem(status: number, title: string, detail: string) {
  return { status, body: { type: 'urn:debt-os:problem:x', title, status, detail, requestId: 'req-1' } };
}
