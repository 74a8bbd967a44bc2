import { afterEach, expect, test, vi } from 'vitest';
import { whenRootParsed } from '../../../components/firstPaint.ts';

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
