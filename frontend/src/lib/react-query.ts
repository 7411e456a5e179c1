import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Always ask the server. By default TanStack Query holds requests back while the browser says it is offline,
      // and a browser on an intranet or a machine with loopback only can say so at any moment: a save then waited,
      // unsent and unexplained. Sent, it either succeeds or fails with a message the form shows.
      queries: {
        networkMode: 'always',
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; a 503 or a dropped connection may.
        retry: (failures, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
