import { inert } from './log-text.js';

/** Where a scan reports progress: the Actions log (groups, annotations) or a terminal. */
export interface ScanLog {
  info(text: string): void;
  warning(text: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}

/** A plain log for the command line: each line with the time since the scan started. Untrusted text is made inert. */
export function consoleLog(
  write: (s: string) => void = (s) => process.stdout.write(s),
  now: () => number = Date.now,
): ScanLog {
  const started = now();
  const stamp = () => {
    const s = Math.floor((now() - started) / 1000);
    return `[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}]`;
  };
  return {
    info: (t) => write(`${stamp()} ${inert(t)}\n`),
    warning: (t) => write(`${stamp()} warning: ${inert(t)}\n`),
    startGroup: (t) => write(`${stamp()} ▸ ${inert(t)}\n`),
    endGroup: () => {},
  };
}

export const silentLog: ScanLog = { info() {}, warning() {}, startGroup() {}, endGroup() {} };
