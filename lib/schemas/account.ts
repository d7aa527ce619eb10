import { z } from "zod";
import { ROLES } from "@/lib/workspaces/roles";
import { LOCALES } from "@/lib/i18n/locales";
import { pageQuery } from "./page";

const newPassword = z.string().min(8, "errors.v.password8").max(200);

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "errors.v.name").max(100),
  email: z.string().trim().email("errors.v.email"),
  password: newPassword,
  workspace_name: z.string().trim().max(100).optional(),
});

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, "errors.v.tokenName").max(80),
  role: z.enum(ROLES).default("editor"),
});

export const listTokensQuery = pageQuery({ default: 50, max: 100 });

export const changePasswordSchema = z
  .object({
    current_password: z.string().min(1, "errors.v.currentPassword").max(200),
    new_password: newPassword,
  })
  .refine((o) => o.new_password !== o.current_password, {
    message: "errors.v.samePassword",
    path: ["new_password"],
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** null: follow the browser's languages. */
export const setLocaleSchema = z.object({ locale: z.enum(LOCALES).nullable() });
export type SetLocaleInput = z.infer<typeof setLocaleSchema>;
