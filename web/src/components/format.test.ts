import { describe, expect, it } from 'vitest';
import { effort, humanize, percent } from './format';
import { relativeTime } from './Time';

describe('numbers and words as people read them', () => {
  it('turns wire names into words', () => {
    expect(humanize('in_progress')).toBe('In progress');
    expect(humanize('quick_wins')).toBe('Quick wins');
  });

  it('says effort in minutes, hours and 8-hour days', () => {
    expect(effort(45)).toBe('45 min');
    expect(effort(200)).toBe('3 h 20 min');
    expect(effort(120)).toBe('2 h');
    expect(effort(8 * 60 * 2 + 4 * 60)).toBe('2 d 4 h');
  });

  it('shows ratios as percentages and instants relative to now', () => {
    expect(percent(0.0512)).toBe('5.1 %');
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(relativeTime('2026-12-07T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2026-12-07T11:59:50Z', now)).toBe('just now');
  });
});
