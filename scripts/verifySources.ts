import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/**
 * Store reviewers rebuild the add-on from the sources zip and expect the very files we uploaded.
 * This does what they do, in a temporary folder, and compares the result with .output/firefox-mv3
 * file by file. Run `npm run zip` first: it writes the build and the sources zip together.
 */

const BUILD_DIR = resolve('.output/firefox-mv3');
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const SOURCES_ZIP = resolve(`.output/${name}-${version}-sources.zip`);

function hashes(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
    }),
  );
}

// vite-node, which runs this script, sets NODE_ENV=development; passed on to the build it would switch
// on Preact's debug hook names and build different files from the ones `npm run zip` built.
const { NODE_ENV: _fromViteNode, ...buildEnvironment } = process.env;

function run(command: string, args: string[], cwd: string): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: buildEnvironment });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(SOURCES_ZIP)) fail(`No sources zip at ${SOURCES_ZIP}. Run \`npm run zip\` first.`);
if (!existsSync(join(BUILD_DIR, 'manifest.json'))) fail(`No Firefox build in ${BUILD_DIR}. Run \`npm run zip\` first.`);

try {
  execFileSync('unzip', ['-v'], { stdio: 'ignore' });
} catch {
  fail('`unzip` is needed to unpack the sources zip: sudo apt-get install -y unzip');
}

const workDir = mkdtempSync(join(tmpdir(), 'backtab-sources-'));
run('unzip', ['-q', SOURCES_ZIP, '-d', workDir], workDir);
// Only what the zip holds: nothing of this checkout (node_modules, .wxt, .output) is reused.
run('npm', ['ci', '--no-audit', '--no-fund'], workDir);
run('npm', ['run', 'build:firefox'], workDir);

const expected = hashes(BUILD_DIR);
const rebuilt = hashes(join(workDir, '.output/firefox-mv3'));
const differences = [
  ...[...expected.keys()].filter((file) => !rebuilt.has(file)).map((file) => `missing from the rebuild: ${file}`),
  ...[...rebuilt.keys()].filter((file) => !expected.has(file)).map((file) => `only in the rebuild: ${file}`),
  ...[...expected]
    .filter(([file, hash]) => rebuilt.has(file) && rebuilt.get(file) !== hash)
    .map(([file]) => `different content: ${file}`),
];

if (differences.length > 0) {
  // Kept, so the two builds can be compared by hand.
  console.error(`The build from ${relative('.', SOURCES_ZIP)} differs from ${relative('.', BUILD_DIR)}:`);
  for (const line of differences.sort()) console.error(`  ${line}`);
  fail(`Rebuilt sources left in ${workDir}.`);
}
console.log(
  `Reproducible: the build from ${relative('.', SOURCES_ZIP)} matches ${relative('.', BUILD_DIR)} ` +
    `byte for byte (${expected.size} files, SHA-256).`,
);
rmSync(workDir, { recursive: true, force: true });
