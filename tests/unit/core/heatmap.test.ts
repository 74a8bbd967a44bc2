import { expect, test } from 'vitest';
import { weekdayOf } from '../../../core/dates.ts';
import { buildHeatmap } from '../../../core/heatmap.ts';

const today = '2026-11-27'; // a Friday

test('lays out the last 365 days in Sunday-first weeks', () => {
  const { weeks, first } = buildHeatmap(new Map(), [], today);
  const cells = weeks.flat().filter((cell) => cell !== undefined);
  expect(cells).toHaveLength(365);
  expect(first).toBe('2025-11-28');
  for (const week of weeks) expect(week).toHaveLength(7);
  for (const week of weeks) {
    week.forEach((cell, weekday) => {
      if (cell) expect(weekdayOf(cell.day)).toBe(weekday);
    });
  }
  expect(weeks.at(-1)?.[5]?.day).toBe(today);
  expect(weeks.at(-1)?.[6]).toBeUndefined();
});

test('shades by count in five steps and marks frozen days', () => {
  const counts = new Map([
    ['2026-11-20', 1],
    ['2026-11-21', 3],
    ['2026-11-22', 5],
    ['2026-11-23', 9],
  ]);
  const cells = buildHeatmap(counts, ['2026-11-24'], today).weeks.flat();
  const shadeOn = (day: string) => cells.find((cell) => cell?.day === day)?.shade;
  expect(['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'].map(shadeOn)).toEqual([0, 1, 2, 3, 4]);
  expect(cells.find((cell) => cell?.day === '2026-11-24')?.frozen).toBe(true);
});
