import { z } from "zod";
import { ROLES } from "@/lib/workspaces/roles";
import { pageQuery } from "./page";

const email = z.string().trim().toLowerCase().email("errors.v.email").max(200);

export const createInviteSchema = z.object({ email, role: z.enum(ROLES).default("editor") });
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const listInvitesQuery = pageQuery({ default: 50, max: 100 });

export const inviteSignUpSchema = z.object({
  name: z.string().trim().min(1, "errors.v.name").max(100),
  password: z.string().min(8, "errors.v.password8").max(200),
});

export const updateMemberSchema = z.object({ role: z.enum(ROLES) });

export const workspaceSettingsSchema = z.object({ approval_required: z.boolean() });

export const inviteTokenParam = z.string().regex(/^inv_[A-Za-z0-9_-]{20,80}$/, "errors.v.inviteLink");
