import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/audit/record-event";
import { createPlanForBrand } from "@/lib/plans/create-plan-for-brand";
import { brandToday } from "@/lib/dates/zoned";
import { seedHistory } from "./seed-history";
import { addDays } from "@/lib/dates/days";

export const DEMO_LOGIN = { email: "demo@example.com", password: "demo-password" };

const DEMO_BRAND = {
  slug: "acme-analytics",
  name: "Acme Analytics",
  positioning: "The analytics platform that turns messy product data into decisions a team can act on the same day.",
  targetAudience: "Product managers and growth leads at B2B SaaS companies with 20 to 500 employees",
  valueProps: [
    "Dashboards ready in minutes, not sprints",
    "Plain-language answers from your own data",
    "Privacy-first: data never leaves your cloud",
  ],
  tone: "confident, warm and practical",
  language: "en-US",
  timezone: "Europe/Paris",
  ctaTargets: [
    { key: "demo", url: "https://acme-analytics.example.com/demo" },
    { key: "newsletter", url: "https://acme-analytics.example.com/newsletter" },
  ],
  website: "https://acme-analytics.example.com",
  keywords: ["analytics", "product data", "dashboards", "SaaS"],
  hashtagsAlways: ["AcmeAnalytics"],
  hashtagsNever: [],
  publishTimes: { linkedin: "09:00", facebook: "12:30", x: "17:00" },
};

/** Idempotent: a second start finds the demo workspace and changes nothing. */
export async function seedDemo({ db, now, withLogin }: { db: Db; now: Date; withLogin: boolean }) {
  if (await db.workspace.findUnique({ where: { slug: "demo" } })) return { created: false };
  const workspace = await db.workspace.create({ data: { slug: "demo", name: "Demo workspace" } });
  let userId: string | null = null;
  if (withLogin) {
    const user = await db.user.upsert({
      where: { email: DEMO_LOGIN.email },
      update: {},
      create: {
        email: DEMO_LOGIN.email,
        name: "Demo Marketer",
        passwordHash: await bcrypt.hash(DEMO_LOGIN.password, 10),
      },
    });
    await db.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role: "owner" } });
    userId = user.id;
  }
  const actor: Actor = { workspaceId: workspace.id, userId, label: "seed" };
  const brand = await db.brand.create({ data: { workspaceId: workspace.id, ...DEMO_BRAND } });
  const today = brandToday(now, brand.timezone);
  const [y, m] = today.split("-").map(Number);
  // Last month too, published with results: early in a month the demo still has a past to learn from.
  for (const [year, month, seed] of [
    [m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, 2025],
    [y, m, 2026],
  ]) {
    await createPlanForBrand({
      db,
      actor,
      brand,
      startDate: `${year}-${String(month).padStart(2, "0")}-01`,
      durationDays: new Date(Date.UTC(year, month, 0)).getUTCDate(),
      seed,
      now,
    });
  }
  await seedHistory({ db, brandId: brand.id, today, now });
  // The coming week is approved so the run board and the cron have something real to do.
  const weekEnd = new Date(`${addDays(today, 6)}T00:00:00Z`);
  await db.post.updateMany({
    where: { brandId: brand.id, archivedAt: null, date: { gte: new Date(`${today}T00:00:00Z`), lte: weekEnd } },
    data: { status: "approved" },
  });
  await db.savedReply.createMany({
    data: DEMO_SAVED_REPLIES.map((r) => ({ workspaceId: workspace.id, ...r, createdBy: "Demo Marketer" })),
  });
  return { created: true, workspaceId: workspace.id };
}

/** Answers a team gives again and again, so the reply box's list has something in the demo. */
const DEMO_SAVED_REPLIES = [
  { title: "Thanks", text: "Thanks {name}, that means a lot to the whole team!" },
  {
    title: "Support",
    text: "Sorry about that, {name}. Could you send us a message with your account email? We will look into it today.",
  },
];
