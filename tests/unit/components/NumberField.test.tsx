import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { NumberField } from '../../../components/NumberField.tsx';

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

function mount(commits: number[]): HTMLInputElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() =>
    render(
      <>
        <NumberField
          id="new-per-day"
          value={10}
          min={0}
          max={50}
          describedBy="new-per-day-help"
          onCommit={(value) => commits.push(value)}
        />
        <p id="new-per-day-help">Questions you have never graded.</p>
      </>,
      container as HTMLElement,
    ),
  );
  const input = container.querySelector('input') as HTMLInputElement;
  input.focus();
  return input;
}

/** Types into the field; `commit` is what the browser does on Enter or when the focus leaves. */
function type(input: HTMLInputElement, text: string, { commit = true } = {}) {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const descriptions = (input: HTMLInputElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

test.each(['60', '2.5', '-3', ''])('“%s” is refused with a message tied to the field, and nothing is saved', (text) => {
  const commits: number[] = [];
  const input = mount(commits);
  type(input, text);
  expect(commits).toEqual([]);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(descriptions(input)).toEqual(['Enter a whole number from 0 to 50.', 'Questions you have never graded.']);
  expect(input.validationMessage).toBe('Enter a whole number from 0 to 50.');
  // What was typed stays, to be corrected.
  expect(input.value).toBe(text);
});

test('Enter on a refused number that has not changed since says what is wrong again', () => {
  const input = mount([]);
  type(input, '60');
  type(input, '6', { commit: false });
  type(input, '60', { commit: false });
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  expect(input.getAttribute('aria-invalid')).toBe('true');
});

test('the message goes once the number is right, and the right number is saved', () => {
  const commits: number[] = [];
  const input = mount(commits);
  type(input, '60');
  type(input, '6', { commit: false });
  expect(input.getAttribute('aria-invalid')).toBe('false');
  expect(descriptions(input)).toEqual(['Questions you have never graded.']);
  expect(container?.querySelector('.field-error')?.textContent).toBe('');
  expect(input.validationMessage).toBe('');
  type(input, '6');
  expect(commits).toEqual([6]);
});
