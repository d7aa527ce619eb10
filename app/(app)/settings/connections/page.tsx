import { getDb } from "@/lib/db";
import { requirePageAuth } from "@/lib/page-auth";
import { EmptyState } from "@/components/ui/empty-state";
import { ConnectionsPanel } from "@/components/connections/connections-panel";

export default async function ConnectionsPage({ searchParams }: { searchParams: Promise<{ brand?: string }> }) {
  const auth = await requirePageAuth();
  const q = await searchParams;
  const brands = await getDb().brand.findMany({
    where: { workspaceId: auth.workspaceId, archivedAt: null },
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
  });
  const brand = brands.find((b) => b.slug === q.brand) ?? brands[0];
  if (!brand)
    return <EmptyState title="No brand yet">Create a brand first; then connect its networks here.</EmptyState>;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{brand.name}: network connections</h1>
      <p className="max-w-2xl text-sm text-slate-600">
        Tokens are encrypted at rest (AES-256-GCM) and never shown again. A network without a connection publishes to
        the sandbox, a safe demo network.
      </p>
      <ConnectionsPanel brand={brand.slug} canManage={auth.role === "owner"} />
    </div>
  );
}
