import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { verifyCredentials } from "@/lib/workspaces/verify-credentials";

export const WORKSPACE_COOKIE = "cm_ws";

const credentialsSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt" },
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
    async jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
      return session;
    },
  },
};
