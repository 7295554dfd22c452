// Rows for `COPY … FROM STDIN` in PostgreSQL's text format, written with back-pressure.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';

export type CopyValue = string | number | boolean | null;

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyTextLine(values: readonly CopyValue[]): string {
  return values.map((v) => (v === null ? '\\N' : String(v).replace(SPECIAL, (c) => ESCAPES[c]))).join('\t') + '\n';
}

/** Buffers lines and writes them in blocks of ~64 KiB, waiting when the server is slower than the reader. */
export class CopyWriter {
  private buffer: string[] = [];
  private bytes = 0;
  count = 0;

  constructor(private readonly stream: Writable) {}

  async push(values: readonly CopyValue[]): Promise<void> {
    const line = copyTextLine(values);
    this.buffer.push(line);
    this.bytes += line.length;
    this.count++;
    if (this.bytes >= 64 * 1024) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const block = this.buffer.join('');
    this.buffer = [];
    this.bytes = 0;
    if (!this.stream.write(block)) await once(this.stream, 'drain');
  }

  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
  }
}
