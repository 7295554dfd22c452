/**
 * Above 10 000 rows the API answers `Content-Range: households 0-24/*` rather than count them on every
 * page view; ra-data-simple-rest then reads a NaN total. Such a page becomes react-admin's partial
 * pagination (`pageInfo`), shown as "1-25 sur plus de 10 000".
 */
export function withPartialPagination<T extends { data: unknown[]; total?: number; pageInfo?: { hasNextPage?: boolean; hasPreviousPage?: boolean } }>(
  result: T,
  pagination: { page: number; perPage: number } | undefined,
): T {
  if (result.total === undefined || Number.isFinite(result.total)) return result;
  const page = pagination?.page ?? 1;
  return { ...result, total: undefined, pageInfo: { hasNextPage: result.data.length >= (pagination?.perPage ?? 1), hasPreviousPage: page > 1 } };
}
