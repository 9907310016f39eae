import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Compiled reports kept in this process's memory, by (cycle, language, format, addendum, data version).
 * The data version (CompilationRepository.dataVersion) changes with any row the compilation reads, so
 * an entry is never stale: a change made through another process, or straight in the database, gives
 * another version and the entry is simply not asked for again. Bounded by the bytes it holds; the
 * least recently used entries go first.
 */
export class ReportCache<T extends { bytes: Buffer }> {
  private readonly entries = new Map<string, T>();
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  static key(parts: { cycleId: string; language: string; format: string; addendum: number; dataVersion: string }) {
    return `${parts.cycleId}|${parts.language}|${parts.format}|${parts.addendum}|${parts.dataVersion}`;
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: T) {
    if (entry.bytes.length > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.size += entry.bytes.length;
    for (const [oldest, value] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= value.bytes.length;
    }
  }

  private delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.bytes.length;
  }

  get bytes(): number {
    return this.size;
  }
}

let compiler: string | undefined;

/**
 * A fingerprint of the code that compiles and renders reports (this folder and the shared package):
 * a report stored by an older portal is not served by a newer one whose output may differ.
 */
export function compilerVersion(): string {
  if (compiler) return compiler;
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.endsWith('.map')) add(join(path, name));
    } else {
      hash.update(readFileSync(path));
    }
  };
  add(__dirname);
  add(dirname(require.resolve('@replies/shared')));
  compiler = hash.digest('hex').slice(0, 16);
  return compiler;
}
