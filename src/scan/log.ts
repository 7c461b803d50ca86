import { inert } from '../util/log-text.js';

/** Where a scan reports progress: the Actions log (groups, annotations) or a terminal. */
export interface ScanLog {
  info(text: string): void;
  warning(text: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}

/** A plain log for the command line and tests. Untrusted text is still made inert. */
export function consoleLog(write: (s: string) => void = (s) => process.stdout.write(s)): ScanLog {
  return {
    info: (t) => write(`${inert(t)}\n`),
    warning: (t) => write(`warning: ${inert(t)}\n`),
    startGroup: (t) => write(`▸ ${inert(t)}\n`),
    endGroup: () => {},
  };
}

export const silentLog: ScanLog = { info() {}, warning() {}, startGroup() {}, endGroup() {} };
