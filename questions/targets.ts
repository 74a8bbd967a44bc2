import type { Level, Topic } from '../core/bank.ts';

/** How many questions of each level every topic aims for (../shared/CONTENT.md): 300 in all. */
export const TOPIC_TARGETS: Record<Topic, Record<Level, number>> = {
  http: { junior: 8, mid: 8, senior: 4 },
  api: { junior: 7, mid: 9, senior: 6 },
  sql: { junior: 9, mid: 9, senior: 4 },
  indexing: { junior: 4, mid: 7, senior: 5 },
  transactions: { junior: 3, mid: 7, senior: 6 },
  nosql: { junior: 5, mid: 7, senior: 4 },
  caching: { junior: 4, mid: 7, senior: 5 },
  messaging: { junior: 3, mid: 7, senior: 6 },
  distributed: { junior: 2, mid: 8, senior: 10 },
  security: { junior: 8, mid: 10, senior: 6 },
  concurrency: { junior: 4, mid: 7, senior: 5 },
  'testing-perf': { junior: 6, mid: 6, senior: 4 },
  observability: { junior: 4, mid: 6, senior: 4 },
  languages: { junior: 14, mid: 12, senior: 4 },
  'system-design': { junior: 2, mid: 6, senior: 12 },
  infra: { junior: 6, mid: 6, senior: 4 },
};

/** A count is on target when it is within 20% of the target. */
export const TARGET_TOLERANCE = 0.2;

export function withinTolerance(count: number, target: number): boolean {
  return Math.abs(count - target) <= target * TARGET_TOLERANCE;
}
