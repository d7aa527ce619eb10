import { getTranslations } from "next-intl/server";

type PageKey =
  | "analytics"
  | "conversations"
  | "competitors"
  | "calendar"
  | "runs"
  | "settings"
  | "brands"
  | "connections"
  | "team"
  | "activity"
  | "replies"
  | "signin"
  | "signup"
  | "review"
  | "newBrand"
  | "brief"
  | "invite"
  | "noWorkspace";

/** A page's `generateMetadata`: its name in the viewer's language, which the root layout's template completes. */
export function pageTitle(key: PageKey) {
  return async () => ({ title: (await getTranslations("meta"))(key) });
}
