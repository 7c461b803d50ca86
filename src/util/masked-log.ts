// The scan's progress log with secret-looking values masked. It prints what Codex does while it does it (the
// commands it runs may quote a token it found), before any finding is known, so each line is searched on its own.
// The search is asynchronous: lines wait their turn and print in order; `flushed` is when the last one is out.
import { Redactor } from './redact.js';
import type { ScanLog } from './log.js';
import { learn } from './secrets.js';

export interface MaskedLog extends ScanLog {
  flushed(): Promise<void>;
}

/** `redactor`: the scan's, so that the log and the scan's files mask the same values. */
export function maskedLog(log: ScanLog, redactor: Redactor = new Redactor()): MaskedLog {
  let queue = Promise.resolve();
  // A line that cannot print does not hold back the ones after it.
  const then = (step: () => unknown) => {
    queue = queue.then(step).then(
      () => undefined,
      () => undefined,
    );
  };
  const masked = (print: (text: string) => void) => (text: string) => {
    // Searched at once; printed in turn. Values seen in earlier lines stay masked even should a search fail.
    const search = learn(redactor, [text]).catch(() => undefined);
    then(async () => {
      await search;
      print(redactor.redact(text));
    });
  };
  return {
    info: masked((t) => log.info(t)),
    warning: masked((t) => log.warning(t)),
    startGroup: masked((t) => log.startGroup(t)),
    endGroup: () => then(() => log.endGroup()),
    flushed: () => queue,
  };
}
