import type { BrowserContext, Page } from 'playwright-core';
import { SHOWN_QUESTIONS_KEY } from '../store/shownQuestions.ts';
import { type ExtensionSession, launchExtension } from '../tests/e2e/extension.ts';
import { takenOverTime, waitForPlannedQuestions } from '../tests/e2e/takeOver.ts';
import { openTab, type PaintTime, paintTime, type Viewport } from './measure.ts';

/** UPCOMING_COUNT, how many questions the pages plan ahead: a new tab has refilled the queue once it holds this many. */
export const FULL_QUEUE = 3;

export interface BenchSession {
  session: ExtensionSession;
  browserVersion: string;
  /** A fresh tab on chrome://newtab, and when its question was painted. */
  newTab(): Promise<PaintTime>;
  /** The same, for a profile that has never shown a question: the bank loads before the question shows. */
  firstEverNewTab(): Promise<PaintTime>;
  /** A fresh tab on the popup's page. */
  popup(viewport: Viewport): Promise<PaintTime>;
  /** A fresh tab on the plain static page of the benchmark build, and when its heading was painted. */
  plain(viewport?: Viewport): Promise<PaintTime>;
  /** The same for the scripted page, whose heading one script file adds. */
  scripted(viewport?: Viewport): Promise<PaintTime>;
  /** New tabs that opened while the queue was empty, so took the first-ever path by accident. */
  unsteadyNewTabs: number;
}

/** Starts one Chromium with the benchmark build in `buildDir`; every sample is a tab of this one process. */
export async function startBench(buildDir: string): Promise<BenchSession> {
  const session = await launchExtension({ buildDir });
  const { context, extensionId } = session;
  const origin = `chrome-extension://${extensionId}`;
  const probe = await openTab(context, `${origin}/bench-plain.html`);
  const browserVersion = (await probe.evaluate(() => navigator.userAgent)).match(/Chrome\/[\d.]+/)?.[0] ?? 'unknown';
  await probe.close();

  // The tab launchExtension opened may have closed before it planned any question: one more fills the queue.
  let queueFull = (await measureNewTab(context)).refilled;
  const bench: BenchSession = {
    session,
    browserVersion,
    unsteadyNewTabs: 0,
    async newTab() {
      if (!queueFull) bench.unsteadyNewTabs++;
      const { time, refilled } = await measureNewTab(context);
      queueFull = refilled;
      return time;
    },
    async firstEverNewTab() {
      const page = await openTab(context, `${origin}/bench-plain.html`);
      await page.evaluate((key) => localStorage.removeItem(key), SHOWN_QUESTIONS_KEY);
      await page.close();
      const { time, refilled } = await measureNewTab(context);
      queueFull = refilled;
      return time;
    },
    async popup(viewport) {
      const page = await openTab(context, `${origin}/popup.html`, viewport);
      const time = await paintTime(page, 'question');
      const takenOver = await takenOverTime(page);
      await page.close();
      return { ...time, takenOver };
    },
    async plain(viewport) {
      return measureAndClose(await openTab(context, `${origin}/bench-plain.html`, viewport), 'plain');
    },
    async scripted(viewport) {
      return measureAndClose(await openTab(context, `${origin}/bench-scripted.html`, viewport), 'scripted');
    },
  };
  return bench;
}

async function measureNewTab(context: BrowserContext): Promise<{ time: PaintTime; refilled: boolean }> {
  const page = await openTab(context, 'chrome://newtab');
  const time = { ...(await paintTime(page, 'question')), takenOver: await takenOverTime(page) };
  // Stay until the page has planned the next questions, as a person's tab would, so that the next
  // sample finds a question waiting (the steady state) and not a half-refilled queue.
  const refilled = await waitForPlannedQuestions(page, FULL_QUEUE).then(
    () => true,
    () => false,
  );
  await page.close();
  return { time, refilled };
}

async function measureAndClose(page: Page, identifier: string): Promise<PaintTime> {
  const time = await paintTime(page, identifier);
  await page.close();
  return time;
}
