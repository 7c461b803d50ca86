// The part of archiver 7 (CommonJS, no bundled types) that the debug bundle uses.
declare module 'archiver' {
  import type { Transform } from 'node:stream';
  interface Archive extends Transform {
    append(source: string | Buffer, data: { name: string }): this;
    finalize(): Promise<void>;
  }
  function archiver(format: 'zip', options?: { zlib?: { level?: number } }): Archive;
  export default archiver;
}
