// Folds the event stream into what the report and the findings need, as events arrive. Memory stays bounded
// however long the run: counters, the current turn's last message, and capped lists.
import { eventKey, type CodexEvent, type ParsedLine, type Usage } from './events.js';
import type { ReadTracker } from '../coverage/reads.js';

export const MAX_LISTED = 500;

export interface CommandRecord {
  command: string;
  exitCode: number | null;
  status: string;
}

export interface LineProblem {
  line: number;
  reason: string;
}

export interface UsageTotals {
  input_tokens: number;
  cached_input_tokens: number;
  cache_write_input_tokens: number;
  output_tokens: number;
  reasoning_output_tokens: number;
}

export class EventCollector {
  lines = 0;
  readonly byType: Record<string, number> = {};
  readonly problems: LineProblem[] = [];
  problemCount = 0;
  threadId?: string;
  turnsStarted = 0;
  turnsCompleted = 0;
  /** Message of the last turn.failed. */
  turnFailure?: string;
  /** The last agent_message of the last turn that completed: the only answer to trust. */
  finalMessage?: string;
  private turnMessage?: string;
  readonly usage: UsageTotals = {
    input_tokens: 0,
    cached_input_tokens: 0,
    cache_write_input_tokens: 0,
    output_tokens: 0,
    reasoning_output_tokens: 0,
  };
  /** `error` events: retry notices and warnings, not failures. */
  readonly notices: string[] = [];
  noticeCount = 0;
  readonly commands: CommandRecord[] = [];
  commandCount = 0;
  /** Commands that failed because Codex's own sandbox could not start (bubblewrap without namespaces). */
  sandboxFailures = 0;

  /** `reads` learns from every command which files the review read. */
  constructor(
    private readonly onEvent?: (event: CodexEvent) => void,
    readonly reads?: ReadTracker,
  ) {}

  line(parsed: ParsedLine, lineNumber: number): void {
    this.lines = lineNumber;
    if (!parsed.ok) {
      this.problem(lineNumber, parsed.reason);
      return;
    }
    const event = parsed.event;
    const key = eventKey(event);
    this.byType[key] = (this.byType[key] ?? 0) + 1;
    this.apply(event);
    this.onEvent?.(event);
  }

  oversized(lineNumber: number, bytes: number): void {
    this.lines = lineNumber;
    this.problem(lineNumber, `line of ${bytes} bytes is longer than the parser accepts; kept in the events file only`);
  }

  private problem(line: number, reason: string): void {
    this.problemCount += 1;
    if (this.problems.length < MAX_LISTED) this.problems.push({ line, reason });
  }

  private apply(event: CodexEvent): void {
    switch (event.type) {
      case 'thread.started':
        this.threadId = event.thread_id;
        break;
      case 'turn.started':
        this.turnsStarted += 1;
        this.turnMessage = undefined;
        break;
      case 'turn.completed':
        this.turnsCompleted += 1;
        this.finalMessage = this.turnMessage;
        this.turnMessage = undefined;
        if (event.usage) this.addUsage(event.usage);
        break;
      case 'turn.failed':
        this.turnFailure = event.error.message;
        this.turnMessage = undefined;
        break;
      case 'error':
        this.noticeCount += 1;
        if (this.notices.length < MAX_LISTED) this.notices.push(event.message);
        break;
      case 'item.completed': {
        const item = event.item;
        if (item.type === 'agent_message' && 'text' in item) this.turnMessage = item.text as string;
        if (item.type === 'command_execution' && 'command' in item) {
          this.commandCount += 1;
          const exitCode = (item.exit_code as number | null | undefined) ?? null;
          if (this.commands.length < MAX_LISTED)
            this.commands.push({ command: item.command as string, exitCode, status: item.status as string });
          const output = typeof item.aggregated_output === 'string' ? item.aggregated_output : '';
          if (output.includes('bwrap:')) this.sandboxFailures += 1;
          // A command that never ran (it could not start: exit -1, or no exit code) showed no file.
          if (exitCode !== null && exitCode >= 0) this.reads?.observe(item.command as string, output);
        }
        if (item.type === 'error' && 'message' in item) {
          this.noticeCount += 1;
          if (this.notices.length < MAX_LISTED) this.notices.push(item.message as string);
        }
        break;
      }
      default:
        break;
    }
  }

  private addUsage(u: Usage): void {
    for (const k of Object.keys(this.usage) as (keyof UsageTotals)[]) {
      const v = u[k];
      if (typeof v === 'number' && Number.isFinite(v)) this.usage[k] += v;
    }
  }
}
