import type { Plugin } from 'vite';

/**
 * Writes each page's own stylesheets into its HTML as <style> elements, in production builds.
 *
 * A linked stylesheet holds back both the first paint and the page's scripts until it has loaded,
 * and each file of an extension is served through the browser process: one more round trip before
 * the question can show. Measured with the bench harness (alternating tabs, one busy 2-core
 * machine), the plain page painted its heading 1.16x later with the new tab's two stylesheets
 * linked than with the same CSS inline, and the new tab's median paint went from 1.78x to 1.66x the
 * plain page's. Extension CSPs (Chrome and Firefox) restrict scripts, not styles, which is why the
 * colour <style> in each index.html works too.
 *
 * A stylesheet written into every page (components/base.css) is also taken out of what the
 * page's chunks load with import(). Vite lists a chunk's CSS among the files to fetch before it
 * runs, and adds a <link> unless the page already has one; it does not see a <style>. So each page
 * fetched its base stylesheet a second time when it took over from its first view, and waited for
 * it: measured in one run of the bench harness (40 tabs each), the new tab was ready for input
 * about 16 ms sooner without that fetch. Only CSS inlined into every page of the build is taken
 * out, since any page may load any shared chunk.
 *
 * CSS files that no script loads any more (lazily loaded chunks load their own) are dropped from
 * the build, so no stale copy ships.
 */
export function inlineStylesheets(): Plugin[] {
  const inlined = new Set<string>();
  /** For each page, the stylesheets written into it. */
  const inlinedByPage = new Map<string, Set<string>>();
  const inlining: Plugin = {
    name: 'backtab-inline-stylesheets',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename, bundle }) {
        if (!bundle) return html;
        const pageInlined = new Set<string>();
        inlinedByPage.set(filename, pageInlined);
        return html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>\n?/g, (tag) => {
          const fileName = /\bhref="\/?([^"]+)"/.exec(tag)?.[1];
          const asset = fileName ? bundle[fileName] : undefined;
          if (!fileName || asset?.type !== 'asset') return tag;
          inlined.add(fileName);
          pageInlined.add(fileName);
          // A "</style" inside the CSS would end the element early; in CSS, "\/" is just "/".
          const css = String(asset.source).replace(/<\/style/gi, '<\\/style');
          return `<style>${css}</style>\n`;
        });
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const stillLoaded = Object.values(bundle)
          .filter((file) => file.type === 'chunk')
          .map((chunk) => chunk.code);
        for (const fileName of inlined) {
          if (!stillLoaded.some((code) => code.includes(fileName))) delete bundle[fileName];
        }
      },
    },
  };
  const unlistingFromImports: Plugin = {
    name: 'backtab-inline-stylesheets-unlist',
    apply: 'build',
    // Its generateBundle runs after Vite's HTML plugin has written the pages (so after the
    // transformIndexHtml above) and before Vite's import analysis writes each import()'s CSS into
    // the chunks' code.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const pages = [...inlinedByPage.values()];
      const inEveryPage = [...inlined].filter((fileName) => pages.every((page) => page.has(fileName)));
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const fileName of inEveryPage) file.viteMetadata?.importedCss.delete(fileName);
      }
    },
  };
  return [inlining, unlistingFromImports];
}
