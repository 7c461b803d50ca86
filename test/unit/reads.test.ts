import { describe, expect, it } from 'vitest';
import { ReadTracker, shellWords } from '../../src/coverage/reads.js';

/** The files of the tree: candidates that are not files (patterns, sed scripts) are dropped, as coverage does. */
const TREE = [
  '-dash.js',
  'src/a.js',
  'src/b.js',
  'src/c.js',
  'src/d.js',
  'src/e.js',
  'src/db.js',
  'src/x.js',
  'bin/tool',
  'lib/y.js',
  'ok.js',
  'SELECT',
];
const read = (command: string, output = '') => {
  const t = new ReadTracker(['/repo']);
  t.observe(command, output);
  return Object.fromEntries([...t.reads].filter(([p]) => TREE.includes(p)));
};

describe('shellWords', () => {
  it('unquotes words and keeps operators and redirections apart', () => {
    expect(shellWords(`/bin/bash -lc 'cat "a b.js" && sed -n 1,5p x.js|head'`)).toEqual([
      '/bin/bash',
      '-lc',
      'cat "a b.js" && sed -n 1,5p x.js|head',
    ]);
    expect(shellWords(`cat "a b.js" && sed -n 1,5p x.js|head <in >out`)).toEqual([
      'cat',
      'a b.js',
      '&&',
      'sed',
      '-n',
      '1,5p',
      'x.js',
      '|',
      'head',
      '<',
      'in',
      '>',
      'out',
    ]);
    expect(shellWords(`echo a\\ b 'c'"d"`)).toEqual(['echo', 'a b', 'cd']);
  });
});

describe('ReadTracker', () => {
  it('counts files whose contents a command showed, whole or in part, through the shell wrapper', () => {
    expect(read(`/bin/bash -lc 'cat src/a.js'`)).toEqual({ 'src/a.js': 'whole' });
    expect(read(`/bin/bash -lc 'cat src/a.js | head -20'`)).toEqual({ 'src/a.js': 'part' });
    expect(read(`/bin/bash -lc "sed -n '1,40p' ./src/b.js; nl -ba /repo/src/c.js"`)).toEqual({
      'src/b.js': 'part',
      'src/c.js': 'whole',
    });
    expect(read(`/bin/bash -lc 'cd src && cat d.js < e.js'`)).toEqual({ 'src/d.js': 'whole', 'src/e.js': 'whole' });
    // After `--`, a name with a leading dash is a file, not an option.
    expect(read(`/bin/bash -lc 'cat -- -dash.js ok.js'`)).toEqual({ '-dash.js': 'whole', 'ok.js': 'whole' });
    expect(read(`/bin/bash -lc 'cat -dash.js'`)).toEqual({});
  });

  it('counts files whose lines a search printed, and no file a command merely listed or counted', () => {
    // A file named like the search pattern counts too: a pattern is indistinguishable from a path argument.
    expect(
      read(
        `/bin/bash -lc 'rg -n SELECT . || grep -rn SELECT .'`,
        './src/db.js:8:  const q = "SELECT"\nsrc/x.js-9-context\nbin/tool: matches\n==> lib/y.js <==\nno colon here\n',
      ),
    ).toEqual({
      SELECT: 'part',
      'src/db.js': 'part',
      'src/x.js': 'part',
      'bin/tool': 'part',
      'lib/y.js': 'part',
    });
    expect(
      read(`/bin/bash -lc 'ls -R src; find . -name "*.js"; wc -l src/a.js; rg --files'`, 'src/a.js\n./src/b.js\n'),
    ).toEqual({});
  });

  it('ignores paths outside the reviewed directory', () => {
    expect(read(`cat /etc/passwd ../other/x.js ~/.bashrc /repo/ok.js`)).toEqual({ 'ok.js': 'whole' });
  });
});
