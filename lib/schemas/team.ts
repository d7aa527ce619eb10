import { z } from "zod";
import { ROLES } from "@/lib/workspaces/roles";

const email = z.string().trim().toLowerCase().email("Enter a valid email address").max(200);

export const createInviteSchema = z.object({ email, role: z.enum(ROLES).default("editor") });
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const inviteSignUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100),
  password: z.string().min(8, "Use at least 8 characters").max(200),
});

export const updateMemberSchema = z.object({ role: z.enum(ROLES) });

export const workspaceSettingsSchema = z.object({ approval_required: z.boolean() });

export const inviteTokenParam = z.string().regex(/^inv_[A-Za-z0-9_-]{20,80}$/, "Not an invite link");
