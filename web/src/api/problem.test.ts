import { describe, expect, it } from 'vitest';
import { ApiProblem, problemMessage } from './problem';

describe('problems shown as messages', () => {
  it('reads problem+json as title and detail', () => {
    const problem = ApiProblem.from(409, { type: 'urn:x', title: 'Conflict', status: 409, detail: 'cannot move from resolved to planned', requestId: 'r1' });
    expect(problemMessage(problem)).toBe('Conflict: cannot move from resolved to planned');
    expect(problem.requestId).toBe('r1');
  });

  it('never shows a body that is not a problem', () => {
    expect(problemMessage(ApiProblem.from(502, '<html>Bad gateway</html>'))).toBe('The API failed to answer');
    expect(problemMessage(ApiProblem.from(401, undefined))).toBe('Your session has ended');
    expect(problemMessage(new TypeError('x is undefined'))).toBe('Something went wrong in the dashboard');
  });
});
