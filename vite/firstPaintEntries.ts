import { posix } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin, Rolldown } from 'vite';

/** The pages whose first paint `npm run bench:newtab` and `npm run bench:popup` time. */
const FAST_PAGES = /[\\/]entrypoints[\\/](newtab|popup)[\\/]index\.html$/;

/**
 * Makes the new tab's and the popup's entry scripts single files that start as soon as they load.
 *
 * A page's entry script, and every chunk it imports statically, must arrive before the question can
 * show, and each file of an extension comes through the browser process. Rolldown splits the code
 * that pages share into chunks, so the new tab's entry imported four of them. Measured in one run
 * of the bench harness (60 alternating samples), the same code painted its question about 12 ms
 * sooner from one file than from an entry and one chunk, within a few ms of a page whose only
 * script adds a heading. So, once the build is done, each of these two entries is bundled again
 * with its static imports inlined; what it loads with import() once the page is on screen stays as
 * Rolldown split it.
 *
 * The chunks inlined are loaded once more, as their own modules, when the page takes over once the
 * first view is on screen: the first paint's modules (components/firstPaint.ts, store/pagePrefs.ts,
 * store/shownQuestions.ts, core/dates.ts, ...) therefore run twice and must keep no state between
 * calls beyond caches.
 *
 * Module scripts also wait for the whole document to be parsed, and then, measured, for a while
 * longer; these entries are async, and components/firstPaint.ts#whenRootParsed covers a script
 * that arrives before its page's #app.
 *
 * tests/e2e/firstPaintBuild.e2e.ts checks the shape of the built pages.
 */
export function firstPaintEntries(): Plugin {
  return {
    name: 'backtab-first-paint-entries',
    // Production builds only: `npm run dev` pre-renders the pages with the dev server's own scripts.
    apply: (_config, { command, mode }) => command === 'build' && mode === 'production',
    config: () => ({
      // Extension pages run in browsers that preload modules natively (Chrome, Firefox 115+):
      // the polyfill would only be more script before the first paint.
      build: { modulePreload: { polyfill: false } },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename, bundle }) {
        if (!bundle || !FAST_PAGES.test(filename)) return html;
        const entry = /<script type="module"(?![^>]*\basync\b)/g;
        const entries = html.match(entry)?.length ?? 0;
        if (entries !== 1) throw new Error(`${filename}: expected one module script to make async, found ${entries}`);
        // The preloaded chunks are inside the entry now.
        return html.replace(entry, '<script type="module" async').replace(/<link rel="modulepreload"[^>]*>\n?/g, '');
      },
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || !file.isEntry || !FAST_PAGES.test(file.facadeModuleId ?? '')) continue;
          file.code = await withStaticImportsInlined(file.fileName, bundle);
        }
      },
    },
  };
}

/** The code of the chunk `entryFileName`, bundled again with every chunk it imports statically. */
async function withStaticImportsInlined(entryFileName: string, bundle: Rolldown.OutputBundle): Promise<string> {
  const build = await rolldown({
    input: entryFileName,
    plugins: [
      {
        name: 'backtab-built-chunks',
        resolveId(source, importer, { kind }) {
          if (!importer) return source;
          const fileName = posix.join(posix.dirname(importer), source);
          const inline = kind !== 'dynamic-import' && bundle[fileName]?.type === 'chunk';
          // Anything else keeps its specifier, which stays right: the output replaces the entry in place.
          return inline ? fileName : { id: source, external: true };
        },
        load(id) {
          const file = bundle[id];
          return file?.type === 'chunk' ? file.code : null;
        },
      },
    ],
  });
  try {
    const { output } = await build.generate({ format: 'es', minify: true });
    const [chunk, ...others] = output;
    if (!chunk || others.length > 0) {
      throw new Error(`${entryFileName}: inlining its static imports made more than one file`);
    }
    return chunk.code;
  } finally {
    await build.close();
  }
}
