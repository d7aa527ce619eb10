"use client";

import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";

/** next-auth's sign-out endpoint called directly: the app pages ship no next-auth client code. */
export async function signOut() {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
  });
  window.location.href = "/signin";
}

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="ghost" className="max-sm:px-1.5" onClick={() => void signOut()}>
      {t("signOut")}
    </Button>
  );
}
