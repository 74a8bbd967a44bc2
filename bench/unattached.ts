import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { SHOWN_QUESTIONS_KEY } from '../store/shownQuestions.ts';
import { CHROMIUM_MISSING, findChromium } from '../tests/e2e/browserPath.ts';
import { extensionArgs } from '../tests/e2e/extension.ts';
import { hasPlannedQuestions } from '../tests/e2e/takeOver.ts';
import { type PaintTime, paintTimeInPage, type Viewport } from './measure.ts';
import { FULL_QUEUE } from './session.ts';

/**
 * The pages bench/session.ts opens, in a Chromium that no debugger watches while they load.
 *
 * Why: Playwright attaches to every tab the moment it is created, holds it until it has set it up,
 * and follows it as it loads; a person's browser does none of that, and that attendance costs
 * time. In one `npm run bench:newtab` (25 alternating tabs each, medians painted), the plain page
 * took 92.2 ms under Playwright and 62.7 ms here with the extension warm, the new tab 109.6 and
 * 79.1 ms. The ratios moved less (the new tab to the plain page: 1.19x under Playwright, 1.26x
 * warm, 1.23x cold), but these are the ones a person gets.
 *
 * Driven over Chromium's DevTools pipe (--remote-debugging-pipe, the transport Playwright uses
 * too) by the small client below: Playwright and Puppeteer both attach to every tab they learn of.
 * A tab is created without a session, left to load, and only then attached to, to read its Element
 * Timing entries, which the browser keeps for the page.
 */
export interface UnattachedBench {
  browserVersion: string;
  /** A new tab (chrome://newtab), read once it has planned the next questions, as in bench/session.ts. */
  newTab(): Promise<PaintTime>;
  /** The popup's page, in a tab. */
  popup(): Promise<PaintTime>;
  /** The plain page, the limit. */
  plain(): Promise<PaintTime>;
  /** The scripted page, the floor. */
  scripted(): Promise<PaintTime>;
  /** New tabs that found no question waiting. */
  unsteadyNewTabs: number;
  dispose(): Promise<void>;
}

/** How long a tab is left to load before it is attached to: several times what the slowest page takes. */
const LOAD_MS = 600;

/**
 * What a tab finds when it opens. The extension's renderer process lives as long as one of its pages
 * or its background service worker, which stops after 30 s without events. Left to chance, some tabs
 * found it running and some did not, and runs disagreed: the same popup measured 1.00x its floor in
 * one and 1.36x in another. With the state fixed, repeated runs give the same medians. Each run
 * says which:
 * - `warm`: another page of the extension is open, so its renderer process is running, as when a
 *   Backtab tab is open somewhere;
 * - `cold`: no page of the extension is open and its background is stopped, as after 30 s without
 *   events, so the tab starts a renderer process of its own.
 */
export const START_STATES = ['warm', 'cold'] as const;
export type StartState = (typeof START_STATES)[number];
/** How the benchmarks' output names each state. */
export const START_STATE_LABELS: Record<StartState, string> = {
  warm: "warm (another Backtab page open, so the extension's renderer process runs)",
  cold: 'cold (no Backtab page open, its background stopped: a renderer process starts for each tab)',
};

/**
 * Starts a Chromium with the build in `buildDir`, its tabs of `viewport`'s size. A tab cannot be
 * given a size of its own without attaching to it, and a window of its own costs far more to open
 * than the pages do to load, so the size is the browser's.
 */
export async function startUnattachedBench(
  buildDir: string,
  start: StartState,
  viewport: Viewport = { width: 1280, height: 800 },
): Promise<UnattachedBench> {
  const executable = findChromium();
  if (!executable) throw new Error(CHROMIUM_MISSING);
  const profile = mkdtempSync(join(tmpdir(), 'backtab-bench-unattached-'));
  // The pipe is file descriptors 3 (the browser reads) and 4 (it writes).
  const browser = spawn(
    executable,
    [
      ...extensionArgs(buildDir),
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      `--window-size=${viewport.width},${viewport.height}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const devTools = new DevToolsPipe(browser);
  try {
    const { product } = await devTools.send<{ product: string }>('Browser.getVersion');
    const extensionId = await extensionIdOf(devTools);
    await closeWelcomePage(devTools, extensionId);
    const origin = `chrome-extension://${extensionId}`;
    let queueFull = (await measureTab(devTools, 'chrome://newtab', 'question', true)).refilled;
    const prepare =
      start === 'warm' ? await keepRendererRunning(devTools, origin) : await stopExtensionEachTime(devTools, origin);
    const measure = async (url: string, identifier: string, awaitRefill: boolean) => {
      await prepare();
      return measureTab(devTools, url, identifier, awaitRefill);
    };
    const bench: UnattachedBench = {
      browserVersion: product.replace('HeadlessChrome', 'Chrome'),
      unsteadyNewTabs: 0,
      async newTab() {
        if (!queueFull) bench.unsteadyNewTabs++;
        const { time, refilled } = await measure('chrome://newtab', 'question', true);
        queueFull = refilled;
        return time;
      },
      popup: async () => (await measure(`${origin}/popup.html`, 'question', false)).time,
      plain: async () => (await measure(`${origin}/bench-plain.html`, 'plain', false)).time,
      scripted: async () => (await measure(`${origin}/bench-scripted.html`, 'scripted', false)).time,
      async dispose() {
        await devTools.send('Browser.close').catch(() => undefined);
        await new Promise((resolve) => (browser.exitCode === null ? browser.once('exit', resolve) : resolve(null)));
        rmSync(profile, { recursive: true, force: true });
      },
    };
    return bench;
  } catch (error) {
    browser.kill();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The id of the extension, from its service worker, which may take a moment to start. */
async function extensionIdOf(devTools: DevToolsPipe): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { targetInfos } = await devTools.send<{ targetInfos: Array<{ url: string }> }>('Target.getTargets');
    const worker = targetInfos.find((target) => target.url.startsWith('chrome-extension://'));
    if (worker) return new URL(worker.url).host;
    await delay(200);
  }
  throw new Error('The extension never started: no chrome-extension:// target after 10 s.');
}

/**
 * Closes the welcome page the extension opens on install, as a person would. Opened in the
 * foreground while the first measured tab loads, it would send that tab to the background, where
 * it paints nothing.
 */
async function closeWelcomePage(devTools: DevToolsPipe, extensionId: string): Promise<void> {
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  for (let attempt = 0; attempt < 50; attempt++) {
    const { targetInfos } = await devTools.send<{ targetInfos: Array<{ url: string; targetId: string }> }>(
      'Target.getTargets',
    );
    const welcome = targetInfos.find((target) => target.url === welcomeUrl);
    if (welcome) {
      await devTools.send('Target.closeTarget', { targetId: welcome.targetId });
      return;
    }
    await delay(200);
  }
  throw new Error('The extension never opened its welcome page in the fresh profile (10 s).');
}

/** For `warm`: a page of the extension stays open in the background all run. */
async function keepRendererRunning(devTools: DevToolsPipe, origin: string): Promise<() => Promise<void>> {
  await devTools.send('Target.createTarget', { url: `${origin}/bench-plain.html`, background: true });
  return async () => {};
}

/**
 * For `cold`: before each tab, stops the extension's service worker (its pages are closed already)
 * and waits until its renderer process has exited, that is until no more renderers run than did
 * with neither running.
 */
async function stopExtensionEachTime(devTools: DevToolsPipe, origin: string): Promise<() => Promise<void>> {
  const renderers = async () => {
    const { processInfo } = await devTools.send<{ processInfo: Array<{ type: string }> }>('SystemInfo.getProcessInfo');
    return processInfo.filter((process) => process.type === 'renderer').length;
  };
  const stopWorkers = async () => {
    const { targetInfos } = await devTools.send<{
      targetInfos: Array<{ type: string; url: string; targetId: string }>;
    }>('Target.getTargets');
    for (const target of targetInfos) {
      if (target.type === 'service_worker' && target.url.startsWith(origin))
        await devTools.send('Target.closeTarget', { targetId: target.targetId });
    }
  };
  await stopWorkers();
  await delay(1_000);
  const idleRenderers = await renderers();
  return async () => {
    await stopWorkers();
    for (let waited = 0; (await renderers()) > idleRenderers; waited += 50) {
      if (waited > 5_000)
        throw new Error("The extension's renderer process was still running 5 s after it was stopped.");
      await delay(50);
    }
  };
}

/**
 * Opens `url` in a tab no one is attached to, waits, then attaches and reads when the element marked
 * `identifier` was painted. A new tab is then given time to plan the next questions (`awaitRefill`).
 */
async function measureTab(
  devTools: DevToolsPipe,
  url: string,
  identifier: string,
  awaitRefill: boolean,
): Promise<{ time: PaintTime; refilled: boolean }> {
  const { targetId } = await devTools.send<{ targetId: string }>('Target.createTarget', { url });
  try {
    await delay(LOAD_MS);
    const { sessionId } = await devTools.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    // A tab in the background paints nothing, and its timings would mean nothing.
    const visibility = await devTools.evaluate<string>(sessionId, 'document.visibilityState');
    if (visibility !== 'visible') throw new Error(`${url} opened ${visibility}, not in the foreground`);
    const time = await devTools.evaluate<PaintTime>(sessionId, `(${paintTimeInPage})(${JSON.stringify(identifier)})`);
    let refilled = false;
    if (awaitRefill) {
      const check = `(${hasPlannedQuestions})(${JSON.stringify({ key: SHOWN_QUESTIONS_KEY, wanted: FULL_QUEUE })})`;
      for (let attempt = 0; attempt < 100 && !refilled; attempt++) {
        refilled = await devTools.evaluate<boolean>(sessionId, check);
        if (!refilled) await delay(100);
      }
    }
    return { time, refilled };
  } finally {
    await devTools.send('Target.closeTarget', { targetId });
  }
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/** Commands and their replies over Chromium's DevTools pipe: JSON messages, each ended by a NUL. */
class DevToolsPipe {
  private readonly toBrowser: Writable;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  private received = '';

  constructor(browser: ChildProcess) {
    const [, , , toBrowser, fromBrowser] = browser.stdio as [null, null, null, Writable, Readable];
    this.toBrowser = toBrowser;
    fromBrowser.setEncoding('utf8');
    fromBrowser.on('data', (chunk: string) => this.receive(chunk));
    browser.once('exit', (code) => {
      for (const { reject } of this.waiting.values()) reject(new Error(`Chromium exited (code ${code})`));
      this.waiting.clear();
    });
  }

  send<Result>(method: string, params: object = {}, sessionId?: string): Promise<Result> {
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.waiting.set(id, {
        resolve: (value) => resolve(value as Result),
        reject: (error) => reject(new Error(`${method}: ${error.message}`)),
      });
      this.toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  }

  /** Evaluates `expression` in the page of `sessionId`, awaiting it if it is a promise. */
  async evaluate<Value>(sessionId: string, expression: string): Promise<Value> {
    const { result, exceptionDetails } = await this.send<{
      result: { value: Value };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  private receive(chunk: string): void {
    this.received += chunk;
    let end = this.received.indexOf('\0');
    while (end !== -1) {
      const reply = JSON.parse(this.received.slice(0, end)) as Reply;
      this.received = this.received.slice(end + 1);
      end = this.received.indexOf('\0');
      // Events carry no id: none is asked for, none is needed.
      if (reply.id === undefined) continue;
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (!waiter) continue;
      if (reply.error) waiter.reject(new Error(reply.error.message));
      else waiter.resolve(reply.result);
    }
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
