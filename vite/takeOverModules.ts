import type { Plugin } from 'vite';

/** A page's first-view script (entrypoints/<page>-first-view.ts), as Vite leaves it in the HTML. */
const FIRST_VIEW_SCRIPT = /<script\s+src="(\/[\w-]+-first-view\.js)"><\/script>/g;
/** The page's module script, with the modulepreload links Vite writes for its static imports. */
const MODULE_SCRIPT = /<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>\n?/g;
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*>\n?/g;

/**
 * In a page with a first-view script (the new tab, the popup), the page's module is loaded by that
 * script once the first view is on screen, not by the HTML.
 *
 * A module script in the HTML, and the modules it imports, are fetched while the page is parsed,
 * through the same browser process that serves the first-view script, and run before the first
 * paint if they arrive in time. Measured with `npm run bench:newtab` (60 tabs each, one run per
 * build), the new tab's question came 1.33x the plain page's time with the module and its five
 * preloaded imports in the HTML, 1.13x without them.
 *
 * So the build takes the module script and its preload links out. It names the module in the
 * first-view script's `data-module`, and the modules it imports in `data-module-imports`:
 * components/firstPaint.ts#paintFirstViewThenLoadModule adds the module to the page and preloads
 * its imports beside it, so they arrive together, not one after the other. In `npm run dev` the
 * HTML keeps its module script, which the dev server serves.
 *
 * tests/e2e/firstPaintBuild.e2e.ts checks the shape of the built pages.
 */
export function takeOverModules(): Plugin {
  return {
    name: 'backtab-take-over-modules',
    // Production builds only: `npm run dev` pre-renders the pages with the dev server's module scripts.
    apply: (_config, { command, mode }) => command === 'build' && mode === 'production',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename }) {
        const firstViewScripts = [...html.matchAll(FIRST_VIEW_SCRIPT)];
        if (firstViewScripts.length === 0) return html;
        const modules = [...html.matchAll(MODULE_SCRIPT)];
        if (firstViewScripts.length !== 1 || modules.length !== 1) {
          throw new Error(
            `${filename}: expected one first-view script and one module script, found ${firstViewScripts.length} and ${modules.length}`,
          );
        }
        const moduleUrl = modules[0]?.[1] ?? '';
        const imports = [...html.matchAll(MODULE_PRELOAD)].flatMap(
          (link) => /\bhref="([^"]+)"/.exec(link[0])?.[1] ?? [],
        );
        return html
          .replace(MODULE_SCRIPT, '')
          .replace(MODULE_PRELOAD, '')
          .replace(
            FIRST_VIEW_SCRIPT,
            (_tag, src: string) =>
              `<script src="${src}" data-module="${moduleUrl}" data-module-imports="${imports.join(' ')}"></script>`,
          );
      },
    },
  };
}
