// Typed `codex exec --json` events. The schemas accept unknown fields and unknown event and item types (Codex adds
// them between releases); a line that is not JSON, or a known type whose fields do not fit, becomes a problem.
import { isUtf8 } from 'node:buffer';
import { z } from 'zod';

const Usage = z.looseObject({
  input_tokens: z.number().optional(),
  cached_input_tokens: z.number().optional(),
  cache_write_input_tokens: z.number().optional(),
  output_tokens: z.number().optional(),
  reasoning_output_tokens: z.number().optional(),
});
export type Usage = z.infer<typeof Usage>;

const ItemBase = { id: z.string().optional() };

const knownItems = {
  agent_message: z.looseObject({ ...ItemBase, type: z.literal('agent_message'), text: z.string() }),
  reasoning: z.looseObject({ ...ItemBase, type: z.literal('reasoning'), text: z.string() }),
  command_execution: z.looseObject({
    ...ItemBase,
    type: z.literal('command_execution'),
    command: z.string(),
    aggregated_output: z.string().optional(),
    exit_code: z.number().nullable().optional(),
    status: z.string(),
  }),
  file_change: z.looseObject({
    ...ItemBase,
    type: z.literal('file_change'),
    changes: z.array(z.looseObject({ path: z.string(), kind: z.string() })),
    status: z.string(),
  }),
  mcp_tool_call: z.looseObject({
    ...ItemBase,
    type: z.literal('mcp_tool_call'),
    server: z.string(),
    tool: z.string(),
    status: z.string(),
  }),
  web_search: z.looseObject({ ...ItemBase, type: z.literal('web_search'), query: z.string().optional() }),
  todo_list: z.looseObject({
    ...ItemBase,
    type: z.literal('todo_list'),
    items: z.array(z.looseObject({ text: z.string(), completed: z.boolean() })),
  }),
  error: z.looseObject({ ...ItemBase, type: z.literal('error'), message: z.string() }),
} as const;

type KnownItemType = keyof typeof knownItems;
export type KnownItem = { [K in KnownItemType]: z.infer<(typeof knownItems)[K]> }[KnownItemType];
/** An item type this version does not know: kept by name only. */
export interface OtherItem {
  id?: string;
  type: string;
  known: false;
}
export type ThreadItem = KnownItem | OtherItem;

export type CodexEvent =
  | { type: 'thread.started'; thread_id: string }
  | { type: 'turn.started' }
  | { type: 'turn.completed'; usage?: Usage }
  | { type: 'turn.failed'; error: { message: string } }
  | { type: 'item.started' | 'item.updated' | 'item.completed'; item: ThreadItem }
  | { type: 'error'; message: string }
  | { type: 'other'; originalType: string };

const envelopes = {
  'thread.started': z.looseObject({ type: z.literal('thread.started'), thread_id: z.string() }),
  'turn.started': z.looseObject({ type: z.literal('turn.started') }),
  'turn.completed': z.looseObject({ type: z.literal('turn.completed'), usage: Usage.optional() }),
  'turn.failed': z.looseObject({ type: z.literal('turn.failed'), error: z.looseObject({ message: z.string() }) }),
  error: z.looseObject({ type: z.literal('error'), message: z.string() }),
} as const;

const ItemEnvelope = z.looseObject({
  type: z.enum(['item.started', 'item.updated', 'item.completed']),
  item: z.looseObject({ type: z.string(), id: z.string().optional() }),
});

const Typed = z.looseObject({ type: z.string() });

export type ParsedLine = { ok: true; event: CodexEvent } | { ok: false; reason: string };

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

function parseItem(raw: { type: string; id?: string }): { ok: true; item: ThreadItem } | { ok: false; reason: string } {
  const schema = (knownItems as Record<string, z.ZodType<KnownItem>>)[raw.type];
  if (!schema) return { ok: true, item: { id: raw.id, type: raw.type, known: false } };
  const r = schema.safeParse(raw);
  return r.success
    ? { ok: true, item: r.data }
    : { ok: false, reason: `${raw.type} item does not fit: ${describe(r.error)}` };
}

/** Parses an already-decoded JSON value as a Codex event. */
export function toEvent(value: unknown): ParsedLine {
  const typed = Typed.safeParse(value);
  if (!typed.success) return { ok: false, reason: 'not a JSON object with a string "type"' };
  const type = typed.data.type;
  if (type.startsWith('item.')) {
    const env = ItemEnvelope.safeParse(value);
    if (!env.success) {
      if (!['item.started', 'item.updated', 'item.completed'].includes(type))
        return { ok: true, event: { type: 'other', originalType: type } };
      return { ok: false, reason: `${type} does not fit: ${describe(env.error)}` };
    }
    const item = parseItem(env.data.item);
    if (!item.ok) return item;
    return { ok: true, event: { type: env.data.type, item: item.item } };
  }
  const schema = (envelopes as Record<string, z.ZodType<CodexEvent>>)[type];
  if (!schema) return { ok: true, event: { type: 'other', originalType: type } };
  const r = schema.safeParse(value);
  return r.success ? { ok: true, event: r.data } : { ok: false, reason: `${type} does not fit: ${describe(r.error)}` };
}

/** Parses one stdout line (without its newline). Never throws. */
export function parseEventLine(line: Buffer): ParsedLine {
  if (!isUtf8(line)) return { ok: false, reason: 'not valid UTF-8' };
  const text = line.toString('utf8');
  if (text.trim() === '') return { ok: false, reason: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON (${(e as Error).message.slice(0, 120)})` };
  }
  return toEvent(value);
}

/** The type name an event is counted under in the report: `item.completed:command_execution`, `turn.failed`, … */
export function eventKey(event: CodexEvent): string {
  if (event.type === 'other') return event.originalType;
  if ('item' in event) return `${event.type}:${event.item.type}`;
  return event.type;
}
