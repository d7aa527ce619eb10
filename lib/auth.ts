import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { envPick } from "@/lib/env";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { verifyCredentials } from "@/lib/workspaces/verify-credentials";
import { SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/sessions/start-session";
import { endSession } from "@/lib/sessions/end-sessions";

export const WORKSPACE_COOKIE = "cm_ws";

const credentialsSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Secure (and __Secure- prefixed) session cookies whenever the app is served over https.
  useSecureCookies: envPick(["NEXTAUTH_URL"]).NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        return verifyCredentials({ db: getDb(), ...parsed.data });
      },
    }),
  ],
  callbacks: {
    // next-auth's own redirects (sign-in, sign-out) stay on this site.
    async redirect({ url, baseUrl }) {
      const base = new URL(baseUrl);
      const target = URL.canParse(url) ? new URL(url) : null;
      if (target?.origin === base.origin) return url;
      return `${base.origin}${safeCallbackPath(url, "/")}`;
    },
    // Roles live per workspace and are re-read on every request, so a demoted member loses access at once.
    // The cookie names a UserSession row, checked on every request, so the server can end a session.
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = (await startSession({ db: getDb(), userId: user.id, now: new Date() })).id;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") {
        const u = session.user as { id?: string; sid?: string };
        u.id = token.uid;
        if (typeof token.sid === "string") u.sid = token.sid;
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession({ db: getDb(), sessionId: token.sid });
    },
  },
};
