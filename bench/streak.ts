/**
 * `npm run bench:streak`: how long the streak takes to compute from ten years of history on five
 * devices - decoding every stored log, merging them and deriving the summary - as a page does it.
 * It prints figures; it asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import {
  decodeActivityLog,
  type EncodedActivityLog,
  encodeActivityLog,
  mergeActivityLogs,
} from '../core/activityLog.ts';
import { addDays } from '../core/dates.ts';
import { seededRandom } from '../core/seededRandom.ts';
import { summariseStreak } from '../core/streak.ts';

const DEVICES = 5;
const DAYS = 3653;
const TODAY = '2026-11-27';
const RUNS = 200;

const random = seededRandom(42);
const stored: EncodedActivityLog[] = [];
for (let device = 0; device < DEVICES; device++) {
  const log = new Map<string, number>();
  for (let day = 0; day < DAYS; day++) if (random() < 0.6) log.set(addDays(TODAY, -day), 1 + Math.floor(random() * 6));
  const encoded = encodeActivityLog(log);
  if (encoded) stored.push(JSON.parse(JSON.stringify(encoded)));
}

const compute = () => {
  const logs = stored.map((record) => decodeActivityLog(record) ?? new Map<string, number>());
  return summariseStreak(mergeActivityLogs(logs), TODAY, { dailyGoal: 1, restDays: [0, 6] });
};

for (let warmUp = 0; warmUp < 20; warmUp++) compute();
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  compute();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const percentile = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? Number.NaN;
const bytes = stored.reduce(
  (total, record, device) => total + JSON.stringify({ [`activity.device${device}`]: record }).length,
  0,
);
const summary = compute();

console.log(`Streak from ${DEVICES} devices x ${DAYS} days of history (${RUNS} runs after warm-up)`);
console.log(
  `  stored in sync: ${bytes} bytes in ${stored.length} items (largest ${Math.max(...stored.map((r) => JSON.stringify(r).length))} bytes; limit 8192 per item)`,
);
console.log(
  `  median ${percentile(50).toFixed(2)} ms, p90 ${percentile(90).toFixed(2)} ms, max ${(times.at(-1) ?? 0).toFixed(2)} ms`,
);
console.log(`  result: current ${summary.current}, longest ${summary.longest}, active days ${summary.totalActiveDays}`);
