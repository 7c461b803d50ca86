import { describe, expect, it } from 'vitest';
import { globProblem, inScope, matchesGlob } from '../../src/util/glob.js';

describe('matchesGlob', () => {
  it.each([
    ['src/db.js', 'src/**', true],
    ['src/a/b/db.js', 'src/**/*.js', true],
    ['src/db.js', 'src/**/*.js', true],
    ['lib/db.js', 'src/**', false],
    ['src/db.ts', '*.js', false],
    ['deep/dir/db.js', '*.js', true],
    ['vendor/x/y.js', 'vendor/', true],
    ['lib/vendor/x/y.js', 'vendor/', true],
    ['vendor', 'vendor/', false],
    ['a/node_modules/b.js', 'node_modules/', true],
    ['src/app/x.js', 'src/app/', true],
    ['lib/src/app/x.js', 'src/app/', false],
    ['node_modules/a/index.js', 'node_modules', true],
    ['a/node_modules/b.js', 'node_modules', true],
    ['src/db.js', './src/*.js', true],
    ['src/sub/db.js', 'src/*.js', false],
    ['src/d.js', 'src/?.js', true],
    ['src/a+b.js', 'src/a+b.js', true],
    ['.github/workflows/ci.yml', '*.yml', true],
    ['src/a/b.ts', 'src/**/*.{js,ts}', true],
    ['src/a/b.py', 'src/**/*.{js,ts}', false],
    ['pages/[id].tsx', 'pages/[id].tsx', true],
    ['src/v2.js', 'src/v[0-9].js', true],
    ['build/x.js', '/build', true],
    ['lib/build/x.js', '/build', false],
    ['lib/build/x.js', 'build', true],
  ])('%s against %s is %s', (path, pattern, expected) => {
    expect(matchesGlob(path, pattern)).toBe(expected);
  });
});

describe('inScope', () => {
  it('needs an include match when includes are given and no exclude match', () => {
    expect(inScope('src/db.js', [], [])).toBe(true);
    expect(inScope('src/db.js', ['lib/**'], [])).toBe(false);
    expect(inScope('src/db.js', ['src/**'], ['**/*.js'])).toBe(false);
    expect(inScope('src/db.ts', ['src/**'], ['**/*.js'])).toBe(true);
  });
});

describe('globProblem', () => {
  it.each([
    ['[', /Missing closing: "\]"/],
    ['src/{a,b', /Missing closing: "\}"/],
    ['src/a]', /Missing opening: "\["/],
    ['!vendor/**', /negate.*exclude/],
    ['src\\', /escaping/],
    ['..', /names no file/],
    ['../secrets/*', /leave the reviewed directory/],
    ['./', /names no file/],
  ])('%s is refused: %s', (pattern, why) => {
    expect(globProblem(pattern)).toMatch(why);
  });

  it.each(['src/**', '*.js', 'pages/[id].tsx', 'src/**/*.{js,ts}', 'vendor/', '/build', 'src\\[literal\\].js'])(
    '%s is a pattern',
    (pattern) => {
      expect(globProblem(pattern)).toBeUndefined();
    },
  );
});
