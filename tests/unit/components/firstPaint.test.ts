import { afterEach, expect, test, vi } from 'vitest';
import { TAKEN_OVER_MARK, takeOverAfterFirstFrame, whenRootParsed } from '../../../components/firstPaint.ts';

afterEach(() => {
  document.body.replaceChildren();
});

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
  takeOverAfterFirstFrame(
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
