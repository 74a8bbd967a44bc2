import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { useFocusAfterRender } from '../../../components/useFocusAfterRender.ts';

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

/** A card keyed by its number, as the pages key a question card by its id: "Next" replaces it whole. */
function Cards({ moveFocus }: { moveFocus: 'after render' | 'at once' }) {
  const [card, setCard] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const next = () => {
    setCard(card + 1);
    if (moveFocus === 'after render') focusAfterRender(() => heading.current);
    else heading.current?.focus();
  };
  return (
    <article key={card}>
      <h1 ref={heading} tabIndex={-1}>
        Card {card}
      </h1>
      <button type="button" onClick={next}>
        Next
      </button>
    </article>
  );
}

function mount(moveFocus: 'after render' | 'at once'): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<Cards moveFocus={moveFocus} />, container as HTMLElement));
  return container;
}

test('the focus goes to the heading of the card that replaced the one pressed', () => {
  const page = mount('after render');
  const button = page.querySelector('button') as HTMLButtonElement;
  button.focus();
  act(() => button.click());
  expect(document.activeElement?.textContent).toBe('Card 2');
});

test('the control: focusing the ref at once reaches the old heading, and the focus is lost', () => {
  const page = mount('at once');
  const button = page.querySelector('button') as HTMLButtonElement;
  button.focus();
  act(() => button.click());
  expect(page.querySelector('h1')?.textContent).toBe('Card 2');
  expect(document.activeElement).toBe(document.body);
});

test('a request is used once: later renders leave the focus where the person put it', () => {
  const page = mount('after render');
  act(() => (page.querySelector('button') as HTMLButtonElement).click());
  const nextButton = page.querySelector('button') as HTMLButtonElement;
  nextButton.focus();
  act(() => render(<Cards moveFocus="after render" />, page));
  expect(document.activeElement).toBe(nextButton);
});
