/**
 * Worker entry used only when the API runs from its TypeScript sources (jest, which compiles them in
 * memory with swc): worker threads do not share jest's module system, so this compiles the same
 * sources with the same swc settings as they load. `npm start` and the Docker image run
 * heavy-work.worker.js, compiled into dist/, and never this file (the build leaves it out).
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const SHARED = path.resolve(__dirname, '../../../../packages/shared/src/index.ts');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === '@replies/shared' ? SHARED : request, ...rest);
};

Module._extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

module.exports = require('./heavy-work.worker.ts');
