"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: 1 } } }));
  return (
    // No next-auth SessionProvider: nothing reads the session on the client, and it cost a request per page.
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}
