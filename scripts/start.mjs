/**
 * `npm start`: builds the shared package, the API and the web app unless nothing they are built from
 * changed since the last build, then runs the portal (apps/api/dist/main.js) in this same process.
 * What the build reads is hashed (sources, configuration, the lockfile); the hash of the last complete
 * build is kept in apps/api/dist/.build-stamp, with the files' sizes and modification times: when none
 * of those moved, the contents are not read again. Any build that empties dist/ removes the stamp, so the
 * next start builds again. `npm start -- --build` builds whatever the stamp says.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'apps/api/dist/.build-stamp');
const built = [
  'apps/api/dist/main.js',
  'apps/api/dist/workers/heavy-work.worker.js',
  'packages/shared/dist/index.js',
  'apps/web/dist/index.html',
];

/** Everything a build reads, besides node_modules (the lockfile stands for those). */
const INPUTS = [
  'package.json',
  'package-lock.json',
  '.swcrc',
  'tsconfig.base.json',
  'packages/shared/package.json',
  'packages/shared/src',
  'apps/api/package.json',
  'apps/api/src',
  'apps/web/package.json',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/tsconfig.json',
  'apps/web/src',
  'apps/web/public',
];

function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules' && entry.name !== 'dist')
    .flatMap((entry) => files(join(path, entry.name)));
}

export function sourceHash(inputs = INPUTS.flatMap(files).sort()) {
  const hash = createHash('sha256');
  for (const file of inputs) {
    hash.update(relative(root, join(root, file)));
    hash.update('\0');
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The files' names, sizes and modification times: the same, and the contents are taken to be too. */
function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs) {
    const { size, mtimeMs } = statSync(join(root, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest('hex');
}

const inputs = INPUTS.flatMap(files).sort();
const [stamp, stampPrint] = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim().split('\n') : [];
const print = fingerprint(inputs);
const current = stamp && print === stampPrint ? stamp : sourceHash(inputs);
const complete = built.every((file) => existsSync(join(root, file)));
if (process.argv.includes('--build') || stamp !== current || !complete) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stampFile, `${current}\n${print}\n`);
} else {
  if (print !== stampPrint) writeFileSync(stampFile, `${current}\n${print}\n`);
  process.stdout.write('Nothing changed since the last build: starting the built portal.\n');
}

createRequire(import.meta.url)(join(root, 'apps/api/dist/main.js'));
