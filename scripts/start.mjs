/**
 * `npm start`: builds the shared package, the API and the web app unless nothing they are built from
 * changed since the last build, then runs the portal (apps/api/dist/main.js) in this same process.
 * What the build reads is hashed (sources, configuration, the lockfile); the hash of the last complete
 * build is kept in apps/api/dist/.build-stamp. Any build that empties dist/ removes the stamp, so the
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

export function sourceHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files).sort()) {
    hash.update(relative(root, join(root, file)));
    hash.update('\0');
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const current = sourceHash();
const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;
const complete = built.every((file) => existsSync(join(root, file)));
if (process.argv.includes('--build') || stamp !== current || !complete) {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stampFile, `${current}\n`);
} else {
  process.stdout.write('Nothing changed since the last build: starting the built portal.\n');
}

createRequire(import.meta.url)(join(root, 'apps/api/dist/main.js'));
