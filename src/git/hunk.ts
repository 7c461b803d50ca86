// A hunk header of a unified diff (`@@ -a,b +c,d @@`), as git and GitHub's patches write it: the one parser for
// both. A count left out is 1; a count of 0 names the line before the gap.

/** One hunk of a diff from one version (`from`) to another (`to`). */
export interface Hunk {
  fromStart: number;
  fromCount: number;
  toStart: number;
  toCount: number;
}

const HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** The hunk a line opens, or undefined for any other line. */
export function readHunk(line: string): Hunk | undefined {
  const m = HEADER.exec(line);
  if (!m) return undefined;
  return {
    fromStart: Number(m[1]),
    fromCount: m[2] === undefined ? 1 : Number(m[2]),
    toStart: Number(m[3]),
    toCount: m[4] === undefined ? 1 : Number(m[4]),
  };
}
