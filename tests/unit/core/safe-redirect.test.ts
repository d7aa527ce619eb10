import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/safe-redirect";

describe("safeCallbackPath", () => {
  it.each([
    "//evil.example/x",
    "/\\evil.example/x",
    "/\\/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/\t/evil.example",
    "\\\\evil.example",
    "",
    null,
  ])("refuses %s", (raw) => expect(safeCallbackPath(raw)).toBe("/calendar"));

  it.each([
    ["/runs", "/runs"],
    ["/calendar?brand=acme#d", "/calendar?brand=acme#d"],
    ["/settings/../runs", "/runs"],
  ])("keeps the same-origin path %s", (raw, want) => expect(safeCallbackPath(raw)).toBe(want));
});
