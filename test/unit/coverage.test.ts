import { describe, expect, it } from 'vitest';
import { declines, measureCoverage } from '../../src/coverage/coverage.js';

describe('measureCoverage', () => {
  it('counts files and bytes read, in all and per top-level directory, and only files in scope', () => {
    const scope = [
      { path: 'README.md', size: 10 },
      { path: 'src/a.js', size: 100 },
      { path: 'src/b.js', size: 50 },
      { path: 'lib/c.js', size: 40 },
    ];
    const c = measureCoverage(
      scope,
      new Map([
        ['src/a.js', 'whole'],
        ['lib/c.js', 'part'],
        ['not/in/scope.js', 'whole'],
      ] as const),
    );
    expect(c).toEqual({
      filesInScope: 4,
      filesRead: 2,
      percent: 50,
      bytesInScope: 200,
      bytesRead: 140,
      byDirectory: [
        { directory: '.', filesInScope: 1, filesRead: 0 },
        { directory: 'lib', filesInScope: 1, filesRead: 1 },
        { directory: 'src', filesInScope: 2, filesRead: 1 },
      ],
      read: [
        { path: 'lib/c.js', how: 'part' },
        { path: 'src/a.js', how: 'whole' },
      ],
    });
  });
});

describe('declines', () => {
  it('tells a refusal from a review summary', () => {
    for (const s of [
      "I can't help with that.",
      "I'm sorry, but I cannot assist with this request.",
      'I am unable to review this code.',
      'I won’t do that.'.replace('’', "'"),
    ])
      expect(declines(s), s).toBe(true);
    for (const s of [
      'Reviewed the HTTP handlers; 2 exploitable issues.',
      'No exploitable issues: every query is parameterised.',
      'The code cannot be reached without authentication; nothing to report.',
    ])
      expect(declines(s), s).toBe(false);
  });
});
