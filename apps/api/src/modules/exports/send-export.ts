import type { FastifyReply } from 'fastify';
import type { ExportFile } from './exports.service';

/** Sends an export as a download (the body streams while the cursor is read). */
export async function sendExport(reply: FastifyReply, file: ExportFile | Promise<ExportFile>): Promise<void> {
  const f = await file;
  await reply.header('content-type', f.contentType).header('content-disposition', `attachment; filename="${f.fileName}"`).send(f.body);
}
