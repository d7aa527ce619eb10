import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_MESSAGES } from "@/lib/generated/client-messages";

type RouteFile = keyof typeof CLIENT_MESSAGES;

/**
 * Gives the client components under one page or layout the catalogue namespaces they use, as found by
 * scripts/generate-client-messages.mjs. Every page used to carry the whole catalogue (64 kB) in its HTML.
 * In development the list may lag behind an edit, so there the whole catalogue goes.
 */
export async function ClientMessages({ file, children }: { file: RouteFile; children: ReactNode }) {
  const all = await getMessages();
  const messages =
    process.env.NODE_ENV === "development"
      ? all
      : Object.fromEntries(CLIENT_MESSAGES[file].filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/** A page with its messages: `export default withClientMessages("app/…/page.tsx", Page)`. */
export function withClientMessages<P extends object>(
  file: RouteFile,
  Page: (props: P) => ReactNode | Promise<ReactNode>,
) {
  return function WithClientMessages(props: P) {
    return (
      <ClientMessages file={file}>
        <Page {...props} />
      </ClientMessages>
    );
  };
}
