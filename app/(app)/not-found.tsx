import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** An unknown brand (or post, or page) in a URL: say so, instead of quietly showing another brand. */
export default function NotFound() {
  return (
    <div data-testid="not-found">
      <EmptyState
        title="Not found"
        action={
          <Link
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            href="/settings/brands"
          >
            See your brands
          </Link>
        }
      >
        This brand or page does not exist in this workspace. It may have been renamed or archived, or the link is from
        another workspace.
      </EmptyState>
    </div>
  );
}
