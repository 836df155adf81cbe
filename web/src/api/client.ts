import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { session } from '../auth/session';
import { ApiProblem } from './problem';

/**
 * The one API client: typed by the paths of the OpenAPI document (src/api/schema.d.ts, generated), same origin
 * (the runtime and CloudFront serve /api beside the dashboard), the session's bearer token on every request.
 * A 401 ends the session, which sends the person back to sign-in.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // looked up per call, so tests can stand in for the network
  fetch: (request) => globalThis.fetch(request),
});

api.use({
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && session.token()) session.end();
    return response;
  },
});

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The success body of an openapi-fetch call, or an {@link ApiProblem} thrown with the problem's message. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw ApiProblem.network();
  }
  if (!result.response.ok) throw ApiProblem.from(result.response.status, result.error);
  return result.data as T;
}
