import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * The stylesheet nests nothing but rules inside at-rules (@media…): a rule left unclosed (a merge that
 * dropped a `}`) would silently nest every later rule under it, as modern CSS allows, and switch them off.
 */
function nestedRules(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const stack: ('at-rule' | 'rule')[] = [];
  const problems: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '{') {
      const prelude = text.slice(start, i).trim();
      if (stack.at(-1) === 'rule') problems.push(prelude);
      stack.push(prelude.startsWith('@') ? 'at-rule' : 'rule');
      start = i + 1;
    } else if (text[i] === '}') {
      stack.pop();
      start = i + 1;
    } else if (text[i] === ';') {
      start = i + 1;
    }
  }
  if (stack.length) problems.push(`${stack.length} block(s) never closed`);
  return problems;
}

describe('styles.css', () => {
  it('closes every rule it opens', () => {
    expect(nestedRules(readFileSync(join(__dirname, 'styles.css'), 'utf8'))).toEqual([]);
  });

  it('would notice a rule left open', () => {
    expect(nestedRules('.a { color: red;\n.b { color: blue; }')).toEqual(['.b', '1 block(s) never closed']);
    expect(nestedRules('@media (max-width: 40rem) { .a { color: red; } }')).toEqual([]);
  });
});
