import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { SnoozeControl } from '../../../components/SnoozeControl.tsx';

const NOW = Date.UTC(2025, 0, 6, 9);
const HOUR = 3_600_000;

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

/**
 * The pages' way of snoozing: the settings are saved first, and the new snoozeUntil arrives a few
 * renders later (the page re-renders for other reasons meanwhile, as the options page does).
 */
function SavedSnooze({ initial }: { initial: number }) {
  const [snoozeUntil, setSnoozeUntil] = useState(initial);
  const [, setUnrelated] = useState(0);
  const save = async (next: number) => {
    await Promise.resolve();
    setUnrelated((count) => count + 1);
    await Promise.resolve();
    setSnoozeUntil(next);
  };
  return (
    <div>
      <a href="#elsewhere">Elsewhere</a>
      <SnoozeControl
        snoozeUntil={snoozeUntil}
        now={NOW}
        onSnooze={() => void save(NOW + HOUR)}
        onResume={() => void save(0)}
      />
    </div>
  );
}

function mount(initial: number): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<SavedSnooze initial={initial} />, container as HTMLElement));
  return container;
}

const button = (page: HTMLElement, name: string) =>
  [...page.querySelectorAll('button')].find((candidate) => candidate.textContent === name) as HTMLButtonElement;

async function press(target: HTMLButtonElement) {
  target.focus();
  await act(async () => {
    target.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

test('snoozing puts the focus on Resume now, which is described by the snooze message', async () => {
  const page = mount(0);
  await press(button(page, '1 hour'));
  const resume = button(page, 'Resume now');
  expect(document.activeElement).toBe(resume);
  const description = document.getElementById(resume.getAttribute('aria-describedby') ?? '');
  expect(description?.textContent).toMatch(/^New tabs are snoozed until /);
});

test('resuming puts the focus on the first snooze button', async () => {
  const page = mount(NOW + HOUR);
  await press(button(page, 'Resume now'));
  expect(document.activeElement).toBe(button(page, '1 hour'));
});

test('someone who moves on while the snooze is being saved keeps the place they moved to', async () => {
  const page = mount(0);
  const elsewhere = page.querySelector('a') as HTMLAnchorElement;
  const snooze = button(page, 'Rest of today');
  snooze.focus();
  await act(async () => {
    snooze.click();
    elsewhere.focus();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  expect(button(page, 'Resume now')).toBeDefined();
  expect(document.activeElement).toBe(elsewhere);
});
