import type { BrowserContext, Page } from 'playwright-core';

/** When the marked element was painted, in ms from the navigation start of its page. */
export interface PaintTime {
  /** Element Timing renderTime: when the frame holding the element was presented, so on screen. */
  onScreen: number;
  /** Element Timing paintTime: when the rendering update that painted it ended, before compositing. */
  painted: number;
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
  return page.evaluate(
    (wanted) =>
      new Promise<PaintTime>((resolvePaint, reject) => {
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
      }),
    identifier,
  );
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

export interface Summary {
  median: number;
  p90: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => {
    const position = (sorted.length - 1) * quantile;
    const below = sorted[Math.floor(position)] ?? Number.NaN;
    const above = sorted[Math.ceil(position)] ?? below;
    return below + (above - below) * (position - Math.floor(position));
  };
  return { median: at(0.5), p90: at(0.9) };
}

/**
 * Runs `measureA` and `measureB` alternately, `pairs` times after `warmUp` unrecorded pairs, and
 * swaps which goes first on every other pair, so a slow spell of this shared machine, or whatever
 * the first tab of a pair leaves behind, falls on both alike.
 */
export async function alternate<T>(
  pairs: number,
  warmUp: number,
  measureA: () => Promise<T>,
  measureB: () => Promise<T>,
): Promise<{ a: T[]; b: T[] }> {
  const a: T[] = [];
  const b: T[] = [];
  for (let index = -warmUp; index < pairs; index++) {
    const aFirst = index % 2 === 0;
    const first = aFirst ? await measureA() : await measureB();
    const second = aFirst ? await measureB() : await measureA();
    if (index < 0) continue;
    a.push(aFirst ? first : second);
    b.push(aFirst ? second : first);
  }
  return { a, b };
}

export interface Comparison {
  /** On screen (renderTime). */
  subject: Summary;
  limit: Summary;
  ratio: number;
  /** Painted (paintTime). */
  subjectPainted: Summary;
  limitPainted: Summary;
  paintedRatio: number;
}

/** Medians and p90s of a page and of the plain page, and the ratios of their medians. */
export function compare(subject: readonly PaintTime[], limit: readonly PaintTime[]): Comparison {
  const onScreen = (samples: readonly PaintTime[]) => summarise(samples.map((sample) => sample.onScreen));
  const painted = (samples: readonly PaintTime[]) => summarise(samples.map((sample) => sample.painted));
  const result = {
    subject: onScreen(subject),
    limit: onScreen(limit),
    subjectPainted: painted(subject),
    limitPainted: painted(limit),
  };
  return {
    ...result,
    ratio: result.subject.median / result.limit.median,
    paintedRatio: result.subjectPainted.median / result.limitPainted.median,
  };
}

/** The lines of the report for one comparison, the target judged on screen. */
export function describeComparison(subjectName: string, comparison: Comparison, target: number): string[] {
  const row = (name: string, onScreen: Summary, painted: Summary) =>
    `${name.padEnd(26)} median ${ms(onScreen.median)}   p90 ${ms(onScreen.p90)}   ` +
    `| median ${ms(painted.median)}   p90 ${ms(painted.p90)}`;
  return [
    `${''.padEnd(26)} on screen (renderTime, 4 ms steps)  | painted (paintTime)`,
    row(subjectName, comparison.subject, comparison.subjectPainted),
    row('plain page (the limit)', comparison.limit, comparison.limitPainted),
    `${'ratio of medians'.padEnd(26)} ${times(comparison.ratio)}   target <= ${times(target)}   ` +
      `${verdict(comparison.ratio <= target)}         | ${times(comparison.paintedRatio)}`,
  ];
}

export const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
export const times = (value: number) => `${value.toFixed(2)}x`;
export const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
