import { describe, expect, it } from "vitest";
import { ctaTarget } from "@/components/brands/brand-form-values";
import { briefFields } from "@/lib/strategy/brief";

describe("a line of the brand form's CTA box", () => {
  it("takes a key and an address, as before", () => {
    expect(ctaTarget("demo https://acme.test/demo")).toEqual({ key: "demo", url: "https://acme.test/demo" });
  });

  it("takes the address alone, named after its path or its host, and the brief accepts it", () => {
    const cases = [
      ["https://acme.test/test-ride", "test-ride"],
      ["https://acme.test/shop/spring%20sale/", "spring-sale"],
      ["https://www.acme.test", "acme"],
      ["http://acme.test/offers/e-bike.html", "e-bike"],
    ];
    for (const [url, key] of cases) {
      const target = ctaTarget(url);
      expect(target).toEqual({ key, url });
      expect(briefFields.ctaTarget.safeParse(target).success).toBe(true);
    }
  });

  it("leaves a key without an address for the schema to refuse", () => {
    expect(ctaTarget("demo")).toEqual({ key: "demo", url: "" });
    expect(briefFields.ctaTarget.safeParse(ctaTarget("demo")).success).toBe(false);
  });
});
