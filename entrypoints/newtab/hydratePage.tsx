import { hydrate } from 'preact';
import { NewTabPage, type NewTabPageProps } from './NewTabPage.tsx';

/** Takes over the first view paintFirstView.ts painted: hydration keeps its elements, so nothing repaints. */
export function hydrateNewTabPage(root: HTMLElement, props: NewTabPageProps): void {
  hydrate(<NewTabPage {...props} />, root);
}
