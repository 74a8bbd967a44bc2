import type { Plugin, Rolldown } from 'vite';

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
 * first-view script's `data-module`, and in `data-module-imports` the modules it imports and those
 * it will load with import() to take the page over (takeOverChunksOf):
 * components/firstPaint.ts#paintFirstViewThenLoadModule adds the module to the page and preloads
 * the rest beside it, so they arrive together, not one after the other. In `npm run dev` the HTML
 * keeps its module script, which the dev server serves.
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
      handler(html, { filename, bundle, chunk }) {
        const firstViewScripts = [...html.matchAll(FIRST_VIEW_SCRIPT)];
        if (firstViewScripts.length === 0) return html;
        const modules = [...html.matchAll(MODULE_SCRIPT)];
        if (firstViewScripts.length !== 1 || modules.length !== 1) {
          throw new Error(
            `${filename}: expected one first-view script and one module script, found ${firstViewScripts.length} and ${modules.length}`,
          );
        }
        const moduleUrl = modules[0]?.[1] ?? '';
        const staticImports = [...html.matchAll(MODULE_PRELOAD)].flatMap(
          (link) => /\bhref="([^"]+)"/.exec(link[0])?.[1] ?? [],
        );
        const takeOverImports = bundle && chunk ? takeOverChunksOf(chunk, bundle).map((file) => `/${file}`) : [];
        const imports = [...new Set([...staticImports, ...takeOverImports])];
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

/**
 * The chunks the module loads with import() to take the page over, and every chunk those import
 * statically: what Vite's preload helper would start fetching only once the module has run.
 * Preloaded with the module instead, they save that round. Measured with the bench harness (five
 * runs of 25 new tabs each way, the two builds in turn), the new tab was ready for input 84-93 ms
 * after its question was on screen instead of 89-97 ms. They are asked for only once the question
 * is on screen, so it cannot come later; its ratio to the plain page moved within the runs' noise.
 */
function takeOverChunksOf(module: Rolldown.OutputChunk, bundle: Rolldown.OutputBundle): string[] {
  // The module itself is loaded already, whichever of these import it back.
  const seen = new Set<string>([module.fileName]);
  const found: string[] = [];
  const visit = (fileName: string) => {
    const output = bundle[fileName];
    if (seen.has(fileName) || output?.type !== 'chunk') return;
    seen.add(fileName);
    found.push(fileName);
    for (const imported of output.imports) visit(imported);
  };
  for (const fileName of module.dynamicImports) visit(fileName);
  return found;
}
