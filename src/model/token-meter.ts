// Tokens as the model endpoint reported them, counted at the forwarder every request of the scan goes through, per
// stage (review passes, verification). With max-tokens set, the meter trips once the total crosses the budget, and
// what listens (the pipeline) stops every Codex thread; the forwarder sends nothing more upstream.
export interface TokenCounts {
  input: number;
  cachedInput: number;
  output: number;
  responses: number;
}

/** The usage object of a Responses API response. */
export interface ResponseUsage {
  input_tokens?: number;
  output_tokens?: number;
  input_tokens_details?: { cached_tokens?: number } | null;
}

const zero = (): TokenCounts => ({ input: 0, cachedInput: 0, output: 0, responses: 0 });
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);

export class TokenMeter {
  readonly byStage = new Map<string, TokenCounts>();
  private tripped = false;
  private readonly listeners: (() => void)[] = [];

  /** `maxTokens`: input plus output tokens the scan may use; 0 is no limit. */
  constructor(readonly maxTokens = 0) {}

  add(stage: string, usage: ResponseUsage): void {
    const c = this.byStage.get(stage) ?? zero();
    this.byStage.set(stage, c);
    c.input += count(usage.input_tokens);
    c.output += count(usage.output_tokens);
    c.cachedInput += count(usage.input_tokens_details?.cached_tokens);
    c.responses += 1;
    if (!this.tripped && this.maxTokens > 0 && this.used() >= this.maxTokens) {
      this.tripped = true;
      for (const l of this.listeners.splice(0)) l();
    }
  }

  /** Input plus output tokens so far, the quantity max-tokens limits. */
  used(): number {
    const t = this.total();
    return t.input + t.output;
  }

  total(): TokenCounts {
    const t = zero();
    for (const c of this.byStage.values()) for (const k of Object.keys(t) as (keyof TokenCounts)[]) t[k] += c[k];
    return t;
  }

  get exceeded(): boolean {
    return this.tripped;
  }

  onExceeded(listener: () => void): void {
    if (this.tripped) listener();
    else this.listeners.push(listener);
  }
}
