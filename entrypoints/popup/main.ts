import { firstViewOf, takeOverOnceShown } from '../../components/firstPaint.ts';
import { paintPopupFirstView } from './paintFirstView.ts';
import '../../components/base.css';
import './style.css';

// popup-first-view.js has painted the question by now; Preact, storage and the rest of the popup
// load once it is on screen and take that DOM over (components/firstPaint.ts).
takeOverOnceShown(firstViewOf(paintPopupFirstView), async (root, props) =>
  (await import('./hydratePage.tsx')).hydratePopupPage(root, props),
);
