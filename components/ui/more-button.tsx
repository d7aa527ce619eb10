import { Button } from "./button";

/** "Show older" under a list read a page at a time; gone once the last page is in. */
export function MoreButton({
  list,
  label,
  loading,
  testId,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  label: string;
  loading: string;
  testId?: string;
}) {
  if (!list.hasNextPage) return null;
  return (
    <Button
      variant="secondary"
      className="mt-3"
      data-testid={testId}
      disabled={list.isFetchingNextPage}
      onClick={() => list.fetchNextPage()}
    >
      {list.isFetchingNextPage ? loading : label}
    </Button>
  );
}
