import { useLayoutEffect, useRef } from 'preact/hooks';

type FocusTarget = () => HTMLElement | null | undefined;

/**
 * Moves the focus once the next render has committed.
 *
 * A page that replaces the part holding the focus - a question card keyed by the question's id -
 * must focus an element of the new render. A ref read before that render still points into the old
 * card, which is about to be removed, and the focus would fall back to the body: a keyboard user
 * starts over from the top, a screen reader says nothing about the new question.
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | null>(null);
  useLayoutEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    target()?.focus();
  });
  return (target) => {
    pending.current = target;
  };
}
