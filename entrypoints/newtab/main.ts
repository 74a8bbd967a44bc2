import { firstViewOf, takeOverOnceShown } from '../../components/firstPaint.ts';
import { paintNewTabFirstView } from './paintFirstView.ts';
import '../../components/base.css';
import './style.css';

// newtab-first-view.js has painted the question by now; Preact, storage and the rest of the page
// load once it is on screen and take that DOM over (components/firstPaint.ts).
takeOverOnceShown(firstViewOf(paintNewTabFirstView), async (root, props) =>
  (await import('./hydratePage.tsx')).hydrateNewTabPage(root, props),
);
