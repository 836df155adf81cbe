import { describe, expect, it } from 'vitest';
import { readFilters, toQuery, writeFilters } from './debtFilters';

describe('the debt list state in the address', () => {
  it('reads back exactly what it wrote', () => {
    const filters = { type: ['complexity'], severity: ['high', 'critical'], status: ['open'], path: 'src/**/*.java', q: 'Pricing',
      sort: 'effort' as const, order: 'asc' as const, offset: 100 };
    const params = writeFilters(filters);
    expect(params.toString()).toBe('type=complexity&severity=high&severity=critical&status=open&path=src%2F**%2F*.java&q=Pricing&sort=effort&order=asc&offset=100');
    expect(readFilters(params)).toEqual(filters);
  });

  it('leaves defaults out of the address and out of the query', () => {
    const filters = readFilters(new URLSearchParams(''));
    expect(writeFilters(filters).toString()).toBe('');
    expect(toQuery(filters)).toEqual({ sort: 'priority', order: 'desc', limit: 50, offset: 0 });
  });

  it('ignores what the API would refuse', () => {
    const filters = readFilters(new URLSearchParams('sort=random&order=sideways&offset=-5'));
    expect(filters.sort).toBe('priority');
    expect(filters.order).toBe('desc');
    expect(filters.offset).toBe(0);
  });

  it('sends repeated filters as lists', () => {
    const query = toQuery(readFilters(new URLSearchParams('severity=high&severity=low&q=todo')));
    expect(query.severity).toEqual(['high', 'low']);
    expect(query.q).toBe('todo');
    expect(query.path).toBeUndefined();
  });
});
