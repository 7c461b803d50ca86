// Text from the model or the repository, made safe for GitHub-flavoured markdown: no HTML, no table breaks, no
// mentions that ping people.
export function escapeMarkdown(text: string): string {
  // Markdown escapes first: the entities added after them contain '#'.
  return text
    .replace(/([\\`*_[\]#~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

export function blobUrl(serverUrl: string, owner: string, repo: string, sha: string, path: string, start: number, end: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${serverUrl}/${owner}/${repo}/blob/${sha}/${encoded}#L${start}${end > start ? `-L${end}` : ''}`;
}

/**
 * Multi-line text from the model made inert as markdown, line breaks kept: escapeMarkdown on each line, and the line
 * starts that would make a list, a heading underline or a numbered item escaped too.
 */
export function escapeMarkdownBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line).replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** A code fence that the text inside cannot close: longer than its longest run of backticks. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A finding's place as a markdown link at the commit shown; a finding not in that commit (`head: null`) gets none. */
export function locationLink(gh: { serverUrl: string; owner: string; repo: string; sha: string } | undefined, f: { file: string; startLine: number; endLine: number; head?: unknown }): string {
  const where = `${escapeMarkdown(f.file)}:${f.startLine}`;
  if (f.head === null) return `${where} (test merge only: not in the head commit)`;
  return gh?.sha ? `[${where}](${blobUrl(gh.serverUrl, gh.owner, gh.repo, gh.sha, f.file, f.startLine, f.endLine)})` : where;
}
