import { QueryClient } from '@tanstack/react-query';

/** Status of an error thrown by the httpClient (react-admin's HttpError), if any. */
const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : undefined;

/**
 * A 4xx is an answer (401 "not signed in", 403, 404, 422), not a failure: retrying it only delays
 * the screen (react-query's default retried the first visit's 401 at 1, 2 and 4 s before showing
 * the sign-in form). Network errors and 5xx are retried twice.
 */
export const shouldRetry = (failureCount: number, error: unknown): boolean => {
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) return false;
  return failureCount < 2;
};

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
