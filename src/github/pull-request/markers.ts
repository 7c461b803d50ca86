// The hidden markers that make the action's pull-request comments its own and recognisable on every later run: a
// finding's comment carries the finding's identity and what the action last said about it; the summary comment
// carries only the scan's category. Base64 keeps the payload free of "--", which would end the HTML comment.
// A marker counts only where the action writes it: alone on the last line of a body. Text from the model or the
// repository can appear earlier in a body (a suggested fix's code is shown as it is), so a copy of a marker there,
// another finding's say, is text and never the comment's identity.

export type CommentState = 'open' | 'fixed' | 'dropped';

export interface FindingMarker {
  /** The SARIF category: shards and separate scans of one pull request keep their own comments. */
  key: string;
  fingerprint: string;
  ruleId: string;
  path: string;
  line: number;
  state: CommentState;
  /** The head commit at which the state was set. */
  sha: string;
}

const FINDING = 'vega-codex:finding:v1';
const SUMMARY = 'vega-codex:summary:v1';
const pattern = (name: string) => new RegExp(`^<!-- ${name} ([A-Za-z0-9+/]+={0,2}) -->$`);

/** What a marker looks like, wherever it is: a fix's code, shown in a body as it is, must not hold one. */
export const MARKER_LIKE = /vega-codex:(?:finding|summary|content)\b/i;

/** The body's last line; trailing white space (a line break GitHub may add) is not a line. */
function lastLine(body: string): string {
  const end = body.trimEnd();
  return end.slice(end.lastIndexOf('\n') + 1);
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

function decode(body: string | undefined | null, name: string): Record<string, unknown> | undefined {
  const m = body ? pattern(name).exec(lastLine(body)) : null;
  if (!m) return undefined;
  try {
    const value = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8')) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function findingMarker(m: FindingMarker): string {
  return `<!-- ${FINDING} ${encode(m)} -->`;
}

export function readFindingMarker(body: string | undefined | null): FindingMarker | undefined {
  const v = decode(body, FINDING);
  if (
    !v ||
    typeof v.key !== 'string' ||
    typeof v.fingerprint !== 'string' ||
    typeof v.path !== 'string' ||
    typeof v.ruleId !== 'string'
  )
    return undefined;
  if (
    typeof v.line !== 'number' ||
    typeof v.sha !== 'string' ||
    !['open', 'fixed', 'dropped'].includes(v.state as string)
  )
    return undefined;
  return v as unknown as FindingMarker;
}

/** The summary comment's marker: the scan's category, and the record of the review it reports (increment/record.ts). */
export function summaryMarker(key: string, record?: string): string {
  return `<!-- ${SUMMARY} ${encode({ key })}${record ? ` ${record}` : ''} -->`;
}

const SUMMARY_LINE = new RegExp(`^<!-- ${SUMMARY} ([A-Za-z0-9+/]+={0,2})(?: ([A-Za-z0-9+/]+={0,2}))? -->$`);

/** The summary marker on a body's last line: its category, and the review record when it carries one. */
export function readSummaryMarker(body: string | undefined | null): { key: string; record?: string } | undefined {
  const m = body ? SUMMARY_LINE.exec(lastLine(body)) : null;
  if (!m) return undefined;
  try {
    const v = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8')) as { key?: unknown };
    return typeof v?.key === 'string' ? { key: v.key, ...(m[2] ? { record: m[2] } : {}) } : undefined;
  } catch {
    return undefined;
  }
}

export function readSummaryKey(body: string | undefined | null): string | undefined {
  return readSummaryMarker(body)?.key;
}
