import type { BrowserContext, Page } from 'playwright-core';
import { TAKEN_OVER_MARK } from '../../components/firstPaint.ts';
import { SHOWN_QUESTIONS_KEY } from '../../store/shownQuestions.ts';

/** The mark `markFirstInput` sets. */
const INPUT_MARK = 'test:first-input';

/**
 * Holds back the module with which `page` takes over its first view (entrypoints/<page>/hydratePage.tsx)
 * until `release` is called, so a test can click or type at the first view for sure. Call it before
 * the page navigates.
 */
export function holdTakeOver(context: BrowserContext, page: Page): Promise<{ release(): Promise<void> }> {
  return holdModule(context, page, '*hydratePage*');
}

/**
 * Holds back the first request of `page` whose URL matches `urlPattern` (a CDP pattern, `*` for any
 * text) until `release` is called: a test can then act while the page waits for that module.
 */
export async function holdModule(
  context: BrowserContext,
  page: Page,
  urlPattern: string,
): Promise<{ release(): Promise<void> }> {
  const devTools = await context.newCDPSession(page);
  const held: string[] = [];
  devTools.on('Fetch.requestPaused', (request) => held.push(request.requestId));
  await devTools.send('Fetch.enable', { patterns: [{ urlPattern }] });
  return {
    async release() {
      // The request may go out only later (after the first view is on screen): wait for it.
      for (let waited = 0; held.length === 0 && waited < 100; waited++) await page.waitForTimeout(100);
      if (held.length === 0) throw new Error(`the page never asked for ${urlPattern}`);
      for (const requestId of held) await devTools.send('Fetch.continueRequest', { requestId });
      await devTools.send('Fetch.disable');
    },
  };
}

/** When the page marked components/firstPaint.ts#TAKEN_OVER_MARK, in ms from its navigation start. */
export async function takenOverTime(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime,
    TAKEN_OVER_MARK,
    { timeout: 15_000 },
  );
  return Number(await handle.jsonValue());
}

/**
 * Waits until the pages have planned at least `count` questions ahead (store/shownQuestions.ts), so
 * the next new tab shows one at once instead of "Picking a question…".
 */
export async function waitForPlannedQuestions(page: Page, count: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction(hasPlannedQuestions, { key: SHOWN_QUESTIONS_KEY, wanted: count }, { timeout });
}

/**
 * Run inside the page: whether the pages have planned at least `wanted` questions ahead. Also sent
 * as source text (bench/unattached.ts), so it uses nothing from outside its own body.
 */
export function hasPlannedQuestions({ key, wanted }: { key: string; wanted: number }): boolean {
  return (JSON.parse(localStorage.getItem(key) ?? '{}').upcoming?.length ?? 0) >= wanted;
}

/** Marks when the first click or key of `page` reached it, before any of the page's own listeners. */
export async function markFirstInput(page: Page): Promise<void> {
  await page.addInitScript((mark) => {
    const record = () => {
      performance.mark(mark);
      removeEventListener('click', record, true);
      removeEventListener('keydown', record, true);
    };
    addEventListener('click', record, true);
    addEventListener('keydown', record, true);
  }, INPUT_MARK);
}

/** When the input `markFirstInput` marked came, and when the page had taken over, in ms from its start. */
export async function inputAndTakeOverTimes(page: Page): Promise<{ input?: number; takenOver?: number }> {
  return page.evaluate(
    ([inputMark, takenOverMark]) => ({
      input: performance.getEntriesByName(inputMark)[0]?.startTime,
      takenOver: performance.getEntriesByName(takenOverMark)[0]?.startTime,
    }),
    [INPUT_MARK, TAKEN_OVER_MARK] as const,
  );
}
