// The uploaded file waits in a PostgreSQL large object: the API writes it while the request streams
// in, the worker (or the dry run) reads it back in chunks, and nothing depends on a shared disk.
import { Readable } from 'node:stream';
import type { SqlClient } from '@recours/detection';
import { ImportFileError } from '../errors';

const CHUNK_BYTES = 1024 * 1024;

export interface StoredUpload {
  oid: string;
  size: number;
}

/**
 * Writes the stream into a new large object, within the caller's transaction (a failed upload leaves
 * nothing behind). Stops with an ImportFileError past `maxBytes`.
 */
export async function storeUpload(tx: SqlClient, input: AsyncIterable<Buffer>, maxBytes: number): Promise<StoredUpload> {
  const created = await tx.query<{ oid: string }>(`SELECT lo_create(0)::bigint AS oid`);
  const oid = created.rows[0].oid;
  let size = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const chunk = Buffer.concat(pending);
    await tx.query(`SELECT lo_put($1::bigint::oid, $2, $3)`, [oid, size - pendingBytes, chunk]);
    pending = [];
    pendingBytes = 0;
  };
  for await (const part of input) {
    size += part.length;
    if (size > maxBytes) throw new ImportFileError(`Fichier trop volumineux : ${formatMegabytes(maxBytes)} au plus.`);
    pending.push(part);
    pendingBytes += part.length;
    if (pendingBytes >= CHUNK_BYTES) await flush();
  }
  await flush();
  if (size === 0) throw new ImportFileError('Le fichier est vide.');
  return { oid, size };
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('fr-FR')} Mo`;
}

/** The stored file from its start, read one chunk per query. */
export function readUpload(db: SqlClient, oid: string, chunkBytes = CHUNK_BYTES): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let offset = 0; ; offset += chunkBytes) {
      const res = await db.query<{ chunk: Buffer }>(`SELECT lo_get($1::bigint::oid, $2, $3) AS chunk`, [oid, offset, chunkBytes]);
      const chunk = res.rows[0].chunk;
      if (chunk.length > 0) yield chunk;
      if (chunk.length < chunkBytes) return;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** Removes the stored file (transactional: undone if the caller's transaction rolls back). */
export async function removeUpload(db: SqlClient, oid: string): Promise<void> {
  await db.query(`SELECT lo_unlink($1::bigint::oid) FROM pg_largeobject_metadata WHERE oid = $1::bigint::oid`, [oid]);
}
