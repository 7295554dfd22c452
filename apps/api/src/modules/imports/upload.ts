import { DomainError } from '../../common/errors/domain-errors';

/** The upload route takes the raw file (the only route whose body is not JSON; see app.factory.ts). */
export const UPLOAD_PATH = '/api/imports';
export const UPLOAD_CONTENT_TYPE = 'application/octet-stream';

/** Past IMPORT_MAX_MEGABYTES: 413 with the limit in the message. */
export class UploadTooLargeError extends DomainError {
  readonly status = 413;
}
