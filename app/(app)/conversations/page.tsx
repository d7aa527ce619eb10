import Link from "next/link";
import { ConversationsView } from "@/components/listening/conversations-view";
import { EmptyState } from "@/components/ui/empty-state";
import { pageBrands, requirePageAuth } from "@/lib/page-auth";
import { platformName } from "@/lib/schemas/common";

export const metadata = { title: "Conversations · Social CM" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ConversationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const auth = await requirePageAuth();
  const params = await searchParams;
  const brands = await pageBrands(auth.workspaceId);
  const wanted = one(params.brand) ?? null;
  const brand = wanted ? brands.find((b) => b.slug === wanted) : brands[0];
  const platform = platformName.safeParse(one(params.platform));
  const sentiment = one(params.sentiment);
  return (
    <div data-testid="conversations-page" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold">
            Conversations{brand ? <span className="font-normal text-slate-500"> · {brand.name}</span> : null}
          </h1>
          <p className="text-sm text-slate-600">
            What people say under the brand&apos;s posts, with each comment&apos;s sentiment (scored offline).
          </p>
        </div>
        {brand ? (
          <Link
            href={`/conversations/competitors?brand=${encodeURIComponent(brand.slug)}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
          >
            Competitors →
          </Link>
        ) : null}
      </div>
      {!brand ? (
        <EmptyState title={brands.length ? "Brand not found" : "Create your first brand"}>
          {brands.length
            ? `There is no brand “${wanted}” in this workspace. Pick one in the brand switcher above.`
            : "Conversations appear once a brand has published posts."}
        </EmptyState>
      ) : (
        <ConversationsView
          filters={{
            brand: brand.slug,
            platform: platform.success ? platform.data : null,
            sentiment: sentiment && ["positive", "neutral", "negative"].includes(sentiment) ? sentiment : null,
            post: one(params.post) ?? null,
          }}
        />
      )}
    </div>
  );
}
