// Text from the model or the repository, made safe for GitHub-flavoured markdown: shown as the text it is (hidden
// characters written out), no HTML (so no hidden comment either), no table breaks, and nothing GitHub would turn
// into a notification or a link: mentions, issue references and bare URLs are broken with a zero-width space of the
// action's own, which keeps them readable.
import { visibleText } from '../util/visible-text.js';

const ZWSP = '\u200b';

/** `@user` and `@org/team` (and e-mail addresses), `#123` and `GH-123`, `https://…` and `www.…`: shown, not linked. */
function inertReferences(text: string): string {
  return text
    .replace(/@(?=\w)/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/(GH-)(?=\d)/gi, `$1${ZWSP}`)
    .replace(/:(?=\/\/)/g, `:${ZWSP}`)
    .replace(/(www)(?=\.)/gi, `$1${ZWSP}`);
}

export function escapeMarkdown(text: string): string {
  // Markdown escapes and the broken references first: the entities added after them contain '#' and digits.
  const escaped = inertReferences(
    visibleText(text)
      .replace(/\n/g, ' ')
      .replace(/([\\`*_[\]#~])/g, '\\$1'),
  );
  return escaped.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
}

/** The commit a link points into. */
export interface CommitRef {
  serverUrl: string;
  owner: string;
  repo: string;
  sha: string;
}

/** A file's lines at a commit, as GitHub shows them. */
export interface LineSpan {
  file: string;
  startLine: number;
  endLine: number;
}

export function blobUrl(at: CommitRef, span: LineSpan): string {
  const encoded = span.file.split('/').map(encodeURIComponent).join('/');
  const lines = `#L${span.startLine}${span.endLine > span.startLine ? `-L${span.endLine}` : ''}`;
  return `${at.serverUrl}/${at.owner}/${at.repo}/blob/${at.sha}/${encoded}${lines}`;
}

/**
 * Multi-line text from the model made inert as markdown, line breaks kept: escapeMarkdown on each line, and the line
 * starts that would make a list, a heading underline or a numbered item escaped too.
 */
export function escapeMarkdownBlock(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) =>
      escapeMarkdown(line)
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** A code fence that the text inside cannot close: longer than its longest run of backticks. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A finding's place as a markdown link at the commit shown; a finding not in that commit (`head: null`) gets none. */
export function locationLink(gh: CommitRef | undefined, f: LineSpan & { head?: unknown }): string {
  const where = `${escapeMarkdown(f.file)}:${f.startLine}`;
  if (f.head === null) return `${where} (test merge only: not in the head commit)`;
  return gh?.sha ? `[${where}](${blobUrl(gh, f)})` : where;
}
