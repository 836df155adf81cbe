import type { ScaleLinear } from 'd3-scale';

/** The value axis' tick values (about five), whole numbers only when {@code integers}. */
export function axisTicks(scale: ScaleLinear<number, number>, integers = false): number[] {
  const ticks = scale.ticks(5);
  return integers ? ticks.filter(Number.isInteger) : ticks;
}

/** Short tick labels: 1,200 → "1.2k", 3,000,000 → "3M", 0.5 → "0.5". */
export function axisLabel(scale: ScaleLinear<number, number>): (value: number) => string {
  return scale.tickFormat(5, (scale.domain()[1] ?? 0) >= 1000 ? '~s' : '~g');
}
