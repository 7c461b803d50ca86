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
