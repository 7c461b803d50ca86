// Which files the review read, from what Codex's commands were and what they printed. A file counts as read when a
// command that shows file contents named it (cat, sed -n, head, …) or when its lines appear in an output the way
// grep -n and rg print them (`path:line:`). Listing a directory or counting lines reads nothing. Candidates are kept
// as paths relative to the reviewed directory and only later matched against the files in scope.
import { posix } from 'node:path';

export type ReadKind = 'whole' | 'part';

/** Programs that show the model some of a file's contents; `whole` ones show all of it when nothing cuts them. */
const READERS: Record<string, ReadKind> = {
  cat: 'whole',
  nl: 'whole',
  bat: 'whole',
  batcat: 'whole',
  less: 'whole',
  more: 'whole',
  tac: 'whole',
  sed: 'part',
  head: 'part',
  tail: 'part',
  awk: 'part',
  grep: 'part',
  egrep: 'part',
  fgrep: 'part',
  rg: 'part',
  ag: 'part',
  ack: 'part',
  cut: 'part',
  xxd: 'part',
  od: 'part',
  hexdump: 'part',
  strings: 'part',
  diff: 'part',
  jq: 'part',
  yq: 'part',
};
const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash']);
const OPERATORS = new Set(['|', '||', '&&', ';', '&', '(', ')', '\n']);
/** Enough for any real review; past it, further paths are not remembered. */
export const MAX_TRACKED = 200_000;
const MAX_OUTPUT_LINES = 50_000;

/** Shell words, with quotes removed and operators and redirections as words of their own. */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  const flush = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      word += text.slice(i + 1, end < 0 ? text.length : end);
      inWord = true;
      i = end < 0 ? text.length : end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++)
        word += text[j] === '\\' && j + 1 < text.length ? text[++j] : text[j];
      inWord = true;
      i = j;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (c === ' ' || c === '\t') flush();
    else if ('|&;()\n<>'.includes(c)) {
      flush();
      const two = text.slice(i, i + 2);
      const op = two === '||' || two === '&&' || two === '>>' ? two : c;
      words.push(op);
      i += op.length - 1;
    } else {
      word += c;
      inWord = true;
    }
  }
  flush();
  return words;
}

/** Simple commands, each with the operator that follows it. */
function segments(words: string[]): { words: string[]; next?: string }[] {
  const out: { words: string[]; next?: string }[] = [{ words: [] }];
  for (const w of words) {
    if (OPERATORS.has(w)) {
      out.at(-1)!.next = w;
      out.push({ words: [] });
    } else out.at(-1)!.words.push(w);
  }
  return out.filter((s) => s.words.length > 0);
}

export class ReadTracker {
  readonly reads = new Map<string, ReadKind>();

  /** `roots`: absolute directories that mean "the reviewed directory" (the host path, or /workspace). */
  constructor(private readonly roots: readonly string[]) {}

  observe(command: string, output: string): void {
    this.fromCommand(shellWords(command), '');
    this.fromOutput(output);
  }

  private fromCommand(words: string[], cwd: string): void {
    let dir = cwd;
    for (const { words: args, next } of segments(words)) {
      let k = 0;
      while (k < args.length && /^[A-Za-z_]\w*=/.test(args[k]!)) k += 1;
      const program = posix.basename(args[k] ?? '');
      const rest = args.slice(k + 1);
      if (SHELLS.has(program)) {
        const script = rest.findIndex((w) => /^-\w*c\w*$/.test(w));
        if (script >= 0 && rest[script + 1] !== undefined) this.fromCommand(shellWords(rest[script + 1]!), dir);
        continue;
      }
      if (program === 'cd') {
        dir = this.local(rest[0] ?? '', dir) ?? dir;
        continue;
      }
      const kind = READERS[program];
      if (!kind) continue;
      // A whole-file reader whose output is cut by the next command shows only part of it.
      const piped = next === '|';
      // After `--` every word is a file, even one that starts with a dash.
      let operands = false;
      for (let i = 0; i < rest.length; i++) {
        const w = rest[i]!;
        if (w === '>' || w === '>>') i += 1;
        else if (w === '--' && !operands) operands = true;
        else if (w === '<' || operands || !w.startsWith('-'))
          this.add(w === '<' ? (rest[++i] ?? '') : w, dir, kind === 'whole' && !piped ? 'whole' : 'part');
      }
    }
  }

  private fromOutput(output: string): void {
    let start = 0;
    for (let n = 0; n < MAX_OUTPUT_LINES && start < output.length; n++) {
      const end = output.indexOf('\n', start);
      const line = output.slice(start, end < 0 ? output.length : end);
      start = end < 0 ? output.length : end + 1;
      // grep -n / rg -n (`path:12:` and context `path-12-`), grep without -n (`path:`), head and tail (`==> path <==`).
      const m =
        /^([^\s:][^:]{0,1000}?)[:-]\d+[:-]/.exec(line) ??
        /^([^\s:][^:\s]{0,1000}):/.exec(line) ??
        /^==> (.{1,1000}) <==$/.exec(line);
      if (m) this.add(m[1]!, '', 'part');
    }
  }

  /** A path relative to the reviewed directory, or undefined when it points elsewhere. */
  private local(word: string, dir: string): string | undefined {
    if (!word) return undefined;
    let p = word;
    for (const root of this.roots) {
      if (p === root) return '';
      if (p.startsWith(`${root}/`)) {
        p = p.slice(root.length + 1);
        dir = '';
        break;
      }
    }
    if (p.startsWith('/') || p.startsWith('~')) return undefined;
    const joined = posix.normalize(posix.join(dir || '.', p));
    return joined === '.' ? '' : joined.startsWith('..') ? undefined : joined.replace(/\/$/, '');
  }

  private add(word: string, dir: string, kind: ReadKind): void {
    const path = this.local(word, dir);
    if (!path || (this.reads.size >= MAX_TRACKED && !this.reads.has(path))) return;
    if (this.reads.get(path) !== 'whole') this.reads.set(path, kind);
  }
}
