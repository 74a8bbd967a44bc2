import { afterEach, expect, test, vi } from 'vitest';
import {
  FIRST_VIEW_SHOWN_TIMEOUT_MS,
  TAKEN_OVER_MARK,
  takeOverOnceShown,
  whenRootParsed,
} from '../../../components/firstPaint.ts';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/**
 * A PerformanceObserver of a browser with paint timing (happy-dom has none): the test decides when
 * the browser reports the first-contentful-paint entry, as it does once that frame is presented.
 */
function stubPaintTiming() {
  const observers: Array<(names: string[]) => void> = [];
  class PaintObserver {
    static supportedEntryTypes = ['element', 'paint'];
    private connected = false;
    constructor(callback: (entries: { getEntriesByName(name: string): unknown[] }) => void) {
      observers.push((names) => {
        if (this.connected) callback({ getEntriesByName: (name) => names.filter((entry) => entry === name) });
      });
    }
    observe(options: { type: string }) {
      expect(options.type).toBe('paint');
      this.connected = true;
    }
    disconnect() {
      this.connected = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', PaintObserver);
  return {
    report(...names: string[]) {
      for (const notify of observers) notify(names);
    },
  };
}

test('shows the first view at once when the parser has already made #app', () => {
  const root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  const show = vi.fn();
  whenRootParsed(show);
  expect(show).toHaveBeenCalledExactlyOnceWith(root);
});

test('an entry script that arrives before #app shows the first view once the document is parsed', () => {
  const show = vi.fn();
  whenRootParsed(show);
  expect(show).not.toHaveBeenCalled();

  const root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  document.dispatchEvent(new Event('DOMContentLoaded'));
  expect(show).toHaveBeenCalledExactlyOnceWith(root);

  // Only once, however many times the event would come.
  document.dispatchEvent(new Event('DOMContentLoaded'));
  expect(show).toHaveBeenCalledTimes(1);
});

test('marks the moment the page has taken over: once its load has finished, not before', async () => {
  performance.clearMarks(TAKEN_OVER_MARK);
  let finishLoading: (() => void) | undefined;
  takeOverOnceShown(
    () =>
      new Promise<void>((resolve) => {
        finishLoading = resolve;
      }),
  );
  await vi.waitFor(() => expect(finishLoading).toBeDefined());
  expect(performance.getEntriesByName(TAKEN_OVER_MARK)).toHaveLength(0);

  finishLoading?.();
  await vi.waitFor(() => expect(performance.getEntriesByName(TAKEN_OVER_MARK)).toHaveLength(1));
});

test('loads the rest of the page only once the first view has been presented, not at its first paint', async () => {
  vi.useFakeTimers();
  const paintTiming = stubPaintTiming();
  const load = vi.fn(async () => {});
  takeOverOnceShown(load);

  // Frames are painted, but the browser has not yet presented one with text.
  await vi.advanceTimersByTimeAsync(100);
  paintTiming.report('first-paint');
  await vi.advanceTimersByTimeAsync(10);
  expect(load).not.toHaveBeenCalled();

  paintTiming.report('first-contentful-paint');
  await vi.advanceTimersByTimeAsync(1);
  expect(load).toHaveBeenCalledOnce();

  // The fallback was cleared: nothing loads twice.
  await vi.advanceTimersByTimeAsync(FIRST_VIEW_SHOWN_TIMEOUT_MS);
  expect(load).toHaveBeenCalledOnce();
});

test('loads the rest of the page after a while when the browser never reports the first view', async () => {
  vi.useFakeTimers();
  stubPaintTiming();
  const load = vi.fn(async () => {});
  takeOverOnceShown(load);

  await vi.advanceTimersByTimeAsync(FIRST_VIEW_SHOWN_TIMEOUT_MS - 1);
  expect(load).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(2);
  expect(load).toHaveBeenCalledOnce();
});

test('a hidden page, which paints no frames, loads the rest at once', () => {
  stubPaintTiming();
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  const load = vi.fn(async () => {});
  takeOverOnceShown(load);
  expect(load).toHaveBeenCalledOnce();
  vi.restoreAllMocks();
});
