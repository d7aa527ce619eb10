import { utcDay } from "@/lib/dates/days";

export function planDto(plan: {
  id: string;
  brandId: string;
  startDate: Date;
  endDate: Date;
  durationDays: number;
  language: string;
  seed: number;
  status: string;
  pillars: unknown;
  guidelines: unknown;
  createdAt: Date;
}) {
  return {
    id: plan.id,
    brand_id: plan.brandId,
    start_date: utcDay(plan.startDate),
    end_date: utcDay(plan.endDate),
    duration_days: plan.durationDays,
    language: plan.language,
    seed: plan.seed,
    status: plan.status,
    pillars: plan.pillars,
    guidelines: plan.guidelines,
    created_at: plan.createdAt.toISOString(),
  };
}
