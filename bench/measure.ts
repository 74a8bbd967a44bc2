import type { BrowserContext, Page } from 'playwright-core';
import { type Interval, ratioInterval, type Summary, summarise } from './statistics.ts';

/** When the marked element was painted, in ms from the navigation start of its page. */
export interface PaintTime {
  /** Element Timing renderTime: when the frame holding the element was presented, so on screen. */
  onScreen: number;
  /** Element Timing paintTime: when the rendering update that painted it ended, before compositing. */
  painted: number;
  /** For a page that takes over its first view: when it had, so was ready for input (tests/e2e/takeOver.ts#takenOverTime). */
  takenOver?: number;
}

/**
 * When the element marked `elementtiming="<identifier>"` was first painted.
 *
 * Why the Element Timing API: it times the frame in which the element's text was first painted,
 * taken by the browser's own paint machinery, from the document's time origin (its navigation
 * start), and it is the same measure for a page whose heading is in the HTML and one whose script
 * puts it there. Polling the DOM from outside would see the element once it exists, not once it is
 * on screen, and add the latency of the poll; First Contentful Paint would take any text, such as
 * the brand in the header, for the question.
 *
 * Chromium coarsens renderTime to 4 ms on pages that are not cross-origin isolated (as these are),
 * so the report also gives paintTime (PaintTimingMixin), which keeps 0.1 ms: it ends before the
 * compositor presents the frame, a step that costs both pages alike.
 */
export async function paintTime(page: Page, identifier: string): Promise<PaintTime> {
  return page.evaluate(paintTimeInPage, identifier);
}

/**
 * paintTime's work, run inside the page: it is also sent as source text over a bare DevTools
 * connection (bench/unattached.ts), so it must use nothing from outside its own body.
 */
export function paintTimeInPage(wanted: string): Promise<PaintTime> {
  return new Promise<PaintTime>((resolvePaint, reject) => {
    const timeout = setTimeout(() => reject(new Error(`nothing marked elementtiming="${wanted}" painted`)), 15_000);
    // Buffered: the paint has usually happened before this script is evaluated.
    new PerformanceObserver((list, observer) => {
      const entries = list.getEntries() as Array<
        PerformanceEntry & { identifier: string; renderTime: number; paintTime?: number }
      >;
      const entry = entries.find((candidate) => candidate.identifier === wanted);
      if (!entry) return;
      clearTimeout(timeout);
      observer.disconnect();
      resolvePaint({ onScreen: entry.renderTime, painted: entry.paintTime ?? Number.NaN });
    }).observe({ type: 'element', buffered: true });
  });
}

export interface Viewport {
  width: number;
  height: number;
}

/** Opens `url` in a fresh tab and returns the tab once the page has loaded. */
export async function openTab(context: BrowserContext, url: string, viewport?: Viewport): Promise<Page> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(url);
  return page;
}

/**
 * Runs each of `measures` once a round, `rounds` times after `warmUp` unrecorded rounds, each round
 * starting one place further along the list, so a slow spell of this shared machine, or whatever one
 * tab leaves behind for the next, falls on all of them alike. Returns each measure's samples.
 */
export async function rotate<T>(
  rounds: number,
  warmUp: number,
  measures: ReadonlyArray<() => Promise<T>>,
): Promise<T[][]> {
  const samples = measures.map((): T[] => []);
  for (let round = -warmUp; round < rounds; round++) {
    for (let step = 0; step < measures.length; step++) {
      const index = (((round + step) % measures.length) + measures.length) % measures.length;
      const sample = await measures[index]?.();
      if (round >= 0 && sample !== undefined) samples[index]?.push(sample);
    }
  }
  return samples;
}

export interface Comparison {
  /** On screen (renderTime). */
  subject: Summary;
  limit: Summary;
  ratio: number;
  interval: Interval;
  /** Painted (paintTime). */
  subjectPainted: Summary;
  limitPainted: Summary;
  paintedRatio: number;
  paintedInterval: Interval;
}

/**
 * Medians and p90s of a page and of the page it is held against, the ratios of their medians, and
 * the 95% intervals of those ratios. Sample `i` of both must come from round `i` of `rotate`.
 */
export function compare(
  subject: readonly PaintTime[],
  limit: readonly PaintTime[],
  random: () => number = Math.random,
): Comparison {
  const onScreen = (samples: readonly PaintTime[]) => samples.map((sample) => sample.onScreen);
  const painted = (samples: readonly PaintTime[]) => samples.map((sample) => sample.painted);
  const result = {
    subject: summarise(onScreen(subject)),
    limit: summarise(onScreen(limit)),
    subjectPainted: summarise(painted(subject)),
    limitPainted: summarise(painted(limit)),
  };
  return {
    ...result,
    ratio: result.subject.median / result.limit.median,
    interval: ratioInterval(onScreen(subject), onScreen(limit), random),
    paintedRatio: result.subjectPainted.median / result.limitPainted.median,
    paintedInterval: ratioInterval(painted(subject), painted(limit), random),
  };
}

/** The lines of the report for one comparison, the target judged on screen. */
export function describeComparison(subjectName: string, comparison: Comparison, target: number): string[] {
  const { interval } = comparison;
  const straddles = interval.low <= target && target < interval.high;
  return [
    columns('', 'on screen (renderTime, 4 ms steps)', 'painted (paintTime)'),
    summaryRow(subjectName, comparison.subject, comparison.subjectPainted),
    summaryRow('plain page (the limit)', comparison.limit, comparison.limitPainted),
    columns(
      'ratio of medians',
      `${times(comparison.ratio)}   target <= ${times(target)}   ${verdict(comparison.ratio <= target)}`,
      times(comparison.paintedRatio),
    ),
    columns(
      '  95% interval',
      `${range(interval)}${straddles ? ' straddles the target' : ''}`,
      range(comparison.paintedInterval),
    ),
  ];
}

/**
 * The lines of the report for the scripted page, which adds the plain page's heading from a script
 * file after reading localStorage: the floor for a page whose text depends on stored state, as an
 * extension page cannot run inline script and has no other storage it can read without waiting.
 * `floor` holds the scripted page against the plain page; `subject` holds the page under test
 * against the scripted page.
 */
export function describeFloor(subjectName: string, floor: Comparison, subject: Comparison): string[] {
  const ratioRow = (name: string, { ratio, interval, paintedRatio, paintedInterval }: Comparison) =>
    columns(name, `${times(ratio)} ${range(interval)}`, `${times(paintedRatio)} ${range(paintedInterval)}`);
  return [
    summaryRow('scripted page (the floor)', floor.subject, floor.subjectPainted),
    ratioRow('  its ratio to the plain', floor),
    ratioRow(`  ${subjectName}, to it`, subject),
  ];
}

function summaryRow(name: string, onScreen: Summary, painted: Summary): string {
  const figures = (summary: Summary) => `median ${ms(summary.median)}   p90 ${ms(summary.p90)}`;
  return columns(name, figures(onScreen), figures(painted));
}

/** One line of the report: a name, then the on-screen and the painted figures in their columns. */
function columns(name: string, onScreen: string, painted: string): string {
  return `${name.padEnd(26)} ${onScreen.padEnd(35)}| ${painted}`;
}

/** The line of the report for when a page was ready for input, which has no target. */
export function describeTakeOver(samples: readonly PaintTime[]): string {
  const takenOver = samples.flatMap((sample) => (sample.takenOver === undefined ? [] : [sample]));
  const ready = summarise(takenOver.map((sample) => sample.takenOver ?? Number.NaN));
  const afterPaint = summarise(takenOver.map((sample) => (sample.takenOver ?? Number.NaN) - sample.onScreen));
  return columns(
    'ready for input',
    `median ${ms(ready.median)}   p90 ${ms(ready.p90)}`,
    `median ${ms(afterPaint.median)} after it was on screen (no target)`,
  );
}

export const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
export const times = (value: number) => `${value.toFixed(2)}x`;
export const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
const range = ({ low, high }: Interval) => `(${low.toFixed(2)}-${high.toFixed(2)}x)`;
