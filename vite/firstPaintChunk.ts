import type { Plugin } from 'vite';

/**
 * The pages whose first paint `npm run bench:newtab` and `npm run bench:popup` time: their HTML
 * (which Vite turns into a module importing the page's scripts) and their entry script.
 */
const FAST_PAGES = /[\\/]entrypoints[\\/](newtab|popup)[\\/](index\.html|main\.ts)$/;
/** A stylesheet of one page, as opposed to components/base.css, which every page imports. */
const PAGE_STYLESHEET = /[\\/]entrypoints[\\/].*\.css($|\?)/;

/**
 * Puts every module that the new tab's and the popup's entries import statically, and so run
 * before their first paint, into one chunk: the plain-DOM first views, the page preferences, the
 * queue of questions to show, the bank's version, components/base.css and Vite's dynamic-import
 * helper. What the entries load with import() after the first frame is left to Rolldown.
 *
 * Left to itself, Rolldown makes a small shared chunk for each set of entries that share modules,
 * and the new tab's entry imported four of them. Every file on that path is one more request
 * through the browser process before the question can show; `npm run bench:newtab` measured the
 * same code painting sooner from one file than from five.
 *
 * Only the pages' build splits code: the background and the unlisted scripts are single IIFE
 * files, which cannot have chunks. tests/e2e/firstPaintBuild.e2e.ts checks that the built new tab and
 * popup load no more than their entry and this chunk before the first paint.
 */
export function firstPaintChunk(): Plugin {
  const firstPaintModules = new Set<string>();
  return {
    name: 'backtab-first-paint-chunk',
    apply: 'build',
    config: () => ({
      build: {
        // Extension pages run in browsers that preload modules natively (Chrome, Firefox 115+):
        // the polyfill would only be more script before the first paint.
        modulePreload: { polyfill: false },
      },
    }),
    buildEnd() {
      // The module graph is complete here, and chunks are made after.
      firstPaintModules.clear();
      const pending = [...this.getModuleIds()].filter((id) => FAST_PAGES.test(id));
      const visited = new Set<string>();
      while (pending.length > 0) {
        const id = pending.pop() ?? '';
        const info = this.getModuleInfo(id);
        if (!info || visited.has(id)) continue;
        visited.add(id);
        // The pages' own modules and stylesheets stay in the pages' own chunks: a stylesheet in a
        // shared chunk would be inlined into every page that loads the chunk.
        if (!FAST_PAGES.test(id) && !PAGE_STYLESHEET.test(id)) firstPaintModules.add(id);
        pending.push(...info.importedIds);
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename, bundle }) {
        if (!bundle || !FAST_PAGES.test(filename)) return html;
        // A module script waits for the whole document to be parsed, and then, measured, for a
        // while longer; an async one runs as soon as it has loaded. whenRootParsed
        // (components/firstPaint.ts) covers the page whose script arrives before its #app.
        const entry = /<script type="module"(?![^>]*\basync\b)/g;
        const entries = html.match(entry)?.length ?? 0;
        if (entries !== 1) throw new Error(`${filename}: expected one module script to make async, found ${entries}`);
        return html.replace(entry, '<script type="module" async');
      },
    },
    outputOptions(options) {
      if (options.format !== undefined && options.format !== 'es' && options.format !== 'esm') return null;
      const codeSplitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
      const firstPaint = { name: 'first-paint', test: (id: string) => firstPaintModules.has(id) };
      return { ...options, codeSplitting: { ...codeSplitting, groups: [...(codeSplitting.groups ?? []), firstPaint] } };
    },
  };
}
