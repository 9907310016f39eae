import base from './vite.config';
import { mergeConfig, type Plugin } from 'vite';
import { brotliCompressSync } from 'node:zlib';
const sizes = (): Plugin => ({
  name: 'sizes',
  generateBundle(_o, bundle) {
    const rows: [string, string, number][] = [];
    for (const [name, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const [id, m] of Object.entries(chunk.modules))
        rows.push([name, id.replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/'), m.renderedLength]);
    }
    rows.sort((a, b) => b[2] - a[2]);
    for (const r of rows
      .filter((r) => /^assets\/(react|i18n|messages|index|entities|format|en-|zod)/.test(r[0]))
      .slice(0, 60))
      console.log(r[2], r[0], r[1]);
  },
});
export default mergeConfig(base, { plugins: [sizes()] });
