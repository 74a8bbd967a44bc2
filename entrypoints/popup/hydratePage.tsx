import { hydrate } from 'preact';
import { PopupPage, type PopupPageProps } from './PopupPage.tsx';

/** Takes over the first view paintFirstView.ts painted: hydration keeps its elements, so nothing repaints. */
export function hydratePopupPage(root: HTMLElement, props: PopupPageProps): void {
  hydrate(<PopupPage {...props} />, root);
}
