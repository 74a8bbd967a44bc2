import { addDays, type Day, weekdayOf } from './dates.ts';

export interface HeatmapCell {
  day: Day;
  count: number;
  /** 0-4: none, 1, 2-3, 4-6, 7 or more answers. */
  shade: 0 | 1 | 2 | 3 | 4;
  frozen: boolean;
}

/** The rolling year: 53 week columns, Sunday first, ending with the week that holds `today`. */
export interface Heatmap {
  weeks: (HeatmapCell | undefined)[][];
  first: Day;
  last: Day;
}

const SHADE_FLOORS = [7, 4, 2, 1] as const;

function shadeOf(count: number): HeatmapCell['shade'] {
  const index = SHADE_FLOORS.findIndex((floor) => count >= floor);
  return index === -1 ? 0 : ((4 - index) as HeatmapCell['shade']);
}

/** The last 365 days laid out by week; days outside that range are left empty. */
export function buildHeatmap(counts: ReadonlyMap<Day, number>, frozenDays: readonly Day[], today: Day): Heatmap {
  const first = addDays(today, -364);
  const frozen = new Set(frozenDays);
  const weeks: (HeatmapCell | undefined)[][] = [];
  let week: (HeatmapCell | undefined)[] = Array.from({ length: weekdayOf(first) }, () => undefined);
  for (let day = first; day <= today; day = addDays(day, 1)) {
    const count = counts.get(day) ?? 0;
    week.push({ day, count, shade: shadeOf(count), frozen: frozen.has(day) });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => undefined)]);
  return { weeks, first, last: today };
}
