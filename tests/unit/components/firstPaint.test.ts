import { afterEach, expect, test, vi } from 'vitest';
import {
  FIRST_VIEW_SHOWN_TIMEOUT_MS,
  type FirstView,
  firstViewOf,
  TAKEN_OVER_MARK,
  takeOverOnceShown,
} from '../../../components/firstPaint.ts';

afterEach(() => {
  window.backtabFirstView?.heldInput.release();
  delete window.backtabFirstView;
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

function addRoot(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  return root;
}

/** A first view painted into a fresh #app, with the props `{ question: 'q1' }`. */
function paintedView(): FirstView<{ question: string }> {
  addRoot();
  return firstViewOf((root) => {
    root.append('q1');
    return { question: 'q1' };
  });
}

test('paints the first view into #app and keeps the props it returns', () => {
  const root = addRoot();
  const view = firstViewOf((into) => {
    into.append(Object.assign(document.createElement('h1'), { textContent: 'Why is PUT idempotent?' }));
    return { question: 'http-put' };
  });
  expect(view.root).toBe(root);
  expect(view.props).toEqual({ question: 'http-put' });
  expect(root.innerHTML).toBe('<h1>Why is PUT idempotent?</h1>');
});

test("paints a document's first view once: the module finds what the first-view script painted", () => {
  const first = paintedView();
  const paintAgain = vi.fn(() => ({ question: 'q2' }));
  const found = firstViewOf(paintAgain);
  expect(found).toBe(first);
  expect(paintAgain).not.toHaveBeenCalled();
  expect(found.root.textContent).toBe('q1');
});

test('paints again when the first painting failed, so the module can still show the question', () => {
  addRoot();
  const root = document.getElementById('app');
  expect(() =>
    firstViewOf((into) => {
      into.append('half a view');
      throw new Error('broken');
    }),
  ).toThrow('broken');
  expect(root?.textContent).toBe('');
  expect(firstViewOf(() => ({ question: 'q2' })).props).toEqual({ question: 'q2' });
});

test('says what is missing on a page without #app', () => {
  expect(() => firstViewOf(() => ({}))).toThrow(/no #app/);
});

test('marks the moment the page has taken over: once its load has finished, not before', async () => {
  performance.clearMarks(TAKEN_OVER_MARK);
  let finishLoading: (() => void) | undefined;
  takeOverOnceShown(
    paintedView(),
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
  takeOverOnceShown(paintedView(), load);

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
  takeOverOnceShown(paintedView(), load);

  await vi.advanceTimersByTimeAsync(FIRST_VIEW_SHOWN_TIMEOUT_MS - 1);
  expect(load).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(2);
  expect(load).toHaveBeenCalledOnce();
});

test('a hidden page, which paints no frames, loads the rest at once', () => {
  stubPaintTiming();
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  const load = vi.fn(async () => {});
  takeOverOnceShown(paintedView(), load);
  expect(load).toHaveBeenCalledOnce();
  vi.restoreAllMocks();
});
