/**
 * An API answer that is not a success, as the person reading the page should see it: problem+json (RFC 9457)
 * becomes "title: detail"; anything else (a proxy's HTML page, a dropped connection) a short generic sentence.
 * The raw body is never shown.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;

  constructor(status: number, title: string, detail?: string, requestId?: string) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiProblem';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.requestId = requestId;
  }

  /** From a parsed error body (openapi-fetch hands it over already parsed) and the response's status. */
  static from(status: number, body: unknown): ApiProblem {
    if (isProblem(body)) {
      return new ApiProblem(status, body.title, body.detail ?? undefined, body.requestId ?? undefined);
    }
    return new ApiProblem(status, statusText(status));
  }

  static network(): ApiProblem {
    return new ApiProblem(0, 'The API could not be reached', 'check your connection and try again');
  }
}

interface ProblemShape {
  title: string;
  detail?: string | null;
  requestId?: string | null;
}

function isProblem(body: unknown): body is ProblemShape {
  return typeof body === 'object' && body !== null && typeof (body as { title?: unknown }).title === 'string';
}

function statusText(status: number): string {
  if (status === 401) return 'Your session has ended';
  if (status === 403) return 'Not allowed';
  if (status === 404) return 'Not found';
  if (status === 429) return 'Too many requests: wait a moment and try again';
  if (status >= 500) return 'The API failed to answer';
  return `The request failed (HTTP ${status})`;
}

/** A message for any thrown value, for the error states of the pages. */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiProblem) return error.message;
  return 'Something went wrong in the dashboard';
}
