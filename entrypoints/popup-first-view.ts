import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintFirstViewThenLoadModule } from '../components/firstPaint.ts';
import { paintPopupFirstView } from './popup/paintFirstView.ts';

/** The popup's first view, painted by a classic script at the end of its body (see newtab-first-view.ts). */
export default defineUnlistedScript(() => paintFirstViewThenLoadModule(paintPopupFirstView));
