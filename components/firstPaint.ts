/**
 * The first paint of a page, before Preact and the rest of the page have loaded.
 *
 * A page's first-view script (entrypoints/newtab-first-view.ts) builds a first view with plain DOM
 * calls, in markup that is exactly what its Preact component renders first, and the page's module
 * loads once that view is on screen and hydrates that DOM: no element is replaced, so nothing
 * shifts or repaints and the question stays the element the browser painted first. Measured with
 * `npm run bench:newtab`, every file and module on the first paint's path costs time (fetched
 * through the browser process, parsed, evaluated) that the plain page does not pay, while rendering
 * the whole first view is close to free: the same markup, static in the HTML, painted 1.03x the
 * plain page's time. tests/unit/entrypoints/ checks that the markup here stays the same as the
 * components'.
 *
 * This module must stay free of Preact, storage and the browser API: it is in the first-view scripts.
 */

import { isCard, type PromptSummary, TOPIC_LABELS } from '../core/bank.ts';
import { SETTINGS_LINK_HTML, SETTINGS_PAGE_PATH } from './settingsLinkContent.ts';

type Child = Node | string | false | undefined;

/** An element with attributes and children, as Preact would create it. */
export function element(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === false || child === undefined) continue;
    node.append(child);
  }
  return node;
}

/** An element whose content is trusted HTML, as Preact's dangerouslySetInnerHTML sets it. */
export function htmlElement(tag: string, attributes: Record<string, string>, html: string): HTMLElement {
  const node = element(tag, attributes);
  node.innerHTML = html;
  return node;
}

/** PromptLabels (with TopicLevel). */
export function promptLabels(prompt: PromptSummary): HTMLElement {
  if (isCard(prompt)) {
    return element(
      'p',
      { class: 'topic-level' },
      element('span', { class: 'chip chip-deck' }, 'Your deck: ', prompt.deckName),
    );
  }
  return element(
    'p',
    { class: 'topic-level' },
    element('span', { class: 'chip chip-topic' }, TOPIC_LABELS[prompt.topic]),
    element('span', { class: `chip chip-level chip-${prompt.level}` }, prompt.level),
  );
}

/** SettingsLink. */
export function settingsLink(inNewTab: boolean): HTMLElement {
  return htmlElement(
    'a',
    {
      class: 'settings-link',
      href: SETTINGS_PAGE_PATH,
      title: 'Settings and stats',
      ...(inNewTab ? { target: '_blank' } : {}),
    },
    SETTINGS_LINK_HTML,
  );
}

/** QuestionText as a page's h1: the element whose paint `npm run bench:newtab` times. */
export function questionHeading(question: PromptSummary): HTMLElement {
  return htmlElement(
    'h1',
    { class: 'question-text', tabindex: '-1', elementtiming: 'question' },
    question.questionHtml,
  );
}

/** A page's first view once painted, until its module takes it over. */
export interface FirstView<Props> {
  /** The page's `#app`, which holds the first view. */
  root: HTMLElement;
  /** What the page's Preact component is rendered with: it must render the same markup first. */
  props: Props;
  /** Clicks and keys that came before the page took over, dispatched again once it has. */
  heldInput: HeldInput;
}

declare global {
  interface Window {
    /** Set by firstViewOf: the first view of this document, for the page's module to take over. */
    backtabFirstView?: FirstView<unknown>;
  }
}

/**
 * The first view of this document: painted now by `paint`, which returns the props the page's
 * component takes it over with, unless this document has one already.
 *
 * Each of the two fast pages calls it twice. First from its first-view script, a classic script at
 * the end of its body (entrypoints/newtab-first-view.ts says why), then from its module, which finds
 * the view that script painted and takes it over. When that script has painted nothing (its paint
 * threw, or `npm run dev` serves the page), the module paints the view itself.
 */
export function firstViewOf<Props>(paint: (root: HTMLElement) => Props): FirstView<Props> {
  const painted = window.backtabFirstView as FirstView<Props> | undefined;
  if (painted) return painted;
  const root = document.getElementById('app');
  if (!root) throw new Error('This page has no #app to show its first view in.');
  const heldInput = holdInput();
  try {
    const firstView = { root, props: paint(root), heldInput };
    window.backtabFirstView = firstView;
    return firstView;
  } catch (error) {
    // Whoever paints next starts from an empty root, and no input stays held for a view that never was.
    root.replaceChildren();
    heldInput.release();
    throw error;
  }
}

/** The User Timing mark a page sets once it has taken over its first view: `npm run bench:newtab` reads it. */
export const TAKEN_OVER_MARK = 'backtab:taken-over';
/** The mark a page sets when it starts to load the rest of itself: the e2e tests check when that is. */
export const TAKE_OVER_STARTED_MARK = 'backtab:take-over-started';

/**
 * Runs `load` once the first view is on screen, so the work it starts never delays that view. A
 * hidden page paints no frames (requestAnimationFrame waits until it is shown): it loads at once.
 *
 * Clicks and keys that arrived before the page has taken over found no handlers; they are
 * dispatched again on the same elements once `load` has finished, so none is lost. If `load`
 * succeeded, the page is then ready for input and marks TAKEN_OVER_MARK.
 */
export function takeOverOnceShown<Props>(
  { root, props, heldInput }: FirstView<Props>,
  load: (root: HTMLElement, props: Props) => Promise<void>,
): void {
  const start = () => {
    performance.mark(TAKE_OVER_STARTED_MARK);
    void load(root, props)
      .then(afterEffects)
      .finally(() => heldInput.release())
      .then(() => performance.mark(TAKEN_OVER_MARK));
  };
  whenFirstViewShown(start);
}

/**
 * For a page's first-view script: paints the first view (firstViewOf), then, once it is on screen,
 * loads the page's module, which takes it over. vite/takeOverModules.ts names the module in the
 * script's `data-module`; without it (`npm run dev`) the page loads its module itself.
 */
export function paintFirstViewThenLoadModule<Props>(paint: (root: HTMLElement) => Props): void {
  const { module: moduleUrl, moduleImports = '' } = document.currentScript?.dataset ?? {};
  try {
    firstViewOf(paint);
  } finally {
    // Even if painting failed: the module paints the view again, or shows its error.
    if (moduleUrl) whenFirstViewShown(() => loadModule(moduleUrl, moduleImports.split(' ').filter(Boolean)));
  }
}

/**
 * Adds a module script, and preloads `imports` beside it: the modules it imports, as the HTML
 * would have, and those it will load to take the page over (vite/takeOverModules.ts). Each is
 * fetched and evaluated once, whichever asks first. Not import(url), which addons.mozilla.org's
 * linter flags when its argument is not a literal.
 */
function loadModule(url: string, imports: readonly string[]): void {
  for (const href of imports) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.src = url;
  document.body.append(script);
}

/** Input held back from a first view, which has no handlers yet. */
export interface HeldInput {
  /** Stops holding, and dispatches what was held again on the elements it was meant for. */
  release(): void;
}

function holdInput(): HeldInput {
  const held: Array<{ target: EventTarget; event: MouseEvent | KeyboardEvent }> = [];
  const hold = (event: MouseEvent | KeyboardEvent) => {
    if (!event.isTrusted || !event.target) return;
    held.push({ target: event.target, event });
    // A key's default action (Space scrolls, Enter on a button clicks it) is the browser's and stays;
    // a click is dispatched again in full, so its first run must not act.
    if (event.type === 'click') event.preventDefault();
    event.stopImmediatePropagation();
  };
  document.addEventListener('click', hold, true);
  document.addEventListener('keydown', hold, true);
  return {
    release() {
      document.removeEventListener('click', hold, true);
      document.removeEventListener('keydown', hold, true);
      for (const { target, event } of held.splice(0)) target.dispatchEvent(replayOf(event));
    },
  };
}

/**
 * How long a page waits for its first-contentful-paint entry before it takes over regardless: a
 * safety net, long enough that a slow machine's first frame is never taken for a missing one.
 */
export const FIRST_VIEW_SHOWN_TIMEOUT_MS = 1_000;

/**
 * Calls `shown` once the first frame with text, the first view, has been presented.
 *
 * Why not at the first paint: the frame is then painted but not yet rasterised and presented, and
 * that is done by other threads and processes on the same cores. Loading the rest of the page
 * (fetching, compiling and running Preact, reading storage) at that moment delayed the question's
 * arrival on screen. Measured in `npm run bench:newtab`'s harness, five runs of 80-100 alternating
 * tabs each, new tab and popup: waiting for the first-contentful-paint entry, which the browser
 * records once that frame is presented, put the question on screen 3-5% (4-8 ms) sooner and made
 * the page ready for input 5-20 ms later. That trade is worth making: the page is still ready about
 * 100 ms after the question is on screen, sooner than anyone can react to it, and a click or key
 * that comes earlier is held (takeOverOnceShown).
 *
 * Chromium and Firefox record the entry (Firefox checked by hand in a headed Firefox ESR). A browser
 * without paint timing takes the frame after the first paint instead, and a page whose entry never
 * comes (hidden before it was presented, say) goes on after FIRST_VIEW_SHOWN_TIMEOUT_MS.
 */
function whenFirstViewShown(shown: () => void): void {
  // A hidden page paints no frames (requestAnimationFrame waits until it is shown): it goes on at once.
  if (document.visibilityState === 'hidden') {
    shown();
    return;
  }
  let observer: PerformanceObserver | undefined;
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    clearTimeout(fallback);
    observer?.disconnect();
    // A task of its own: what `shown` starts must not run inside the browser's paint-timing callback.
    setTimeout(shown, 0);
  };
  const fallback = setTimeout(once, FIRST_VIEW_SHOWN_TIMEOUT_MS);
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(once);
    return;
  }
  observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) once();
  });
  // Buffered: the entry may have been recorded before this observer existed.
  observer.observe({ type: 'paint', buffered: true });
}

/**
 * Resolves once the effects of a render just made have run: Preact runs them after the next frame,
 * or after 35 ms when no frame comes (preact/hooks afterNextFrame), and a page's keyboard handlers
 * are attached in effects. Registered after Preact's, this frame callback and timer run after its.
 */
function afterEffects(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(fallback);
      cancelAnimationFrame(frame);
      setTimeout(resolve, 0);
    };
    const fallback = setTimeout(done, 50);
    const frame = requestAnimationFrame(done);
  });
}

function replayOf(event: MouseEvent | KeyboardEvent): Event {
  const init = { bubbles: true, cancelable: true, composed: true };
  if (event instanceof KeyboardEvent) {
    const { key, code, altKey, ctrlKey, metaKey, shiftKey, repeat } = event;
    return new KeyboardEvent('keydown', { ...init, key, code, altKey, ctrlKey, metaKey, shiftKey, repeat });
  }
  const { clientX, clientY, button, detail } = event;
  return new MouseEvent('click', { ...init, clientX, clientY, button, detail, view: window });
}
