import { describe, expect, it } from "vitest";
import { joinFrench } from "@/lib/strategy/typography";

describe("joinFrench", () => {
  it("elides before a vowel sound and contracts articles, as a French writer would", () => {
    expect(joinFrench("la création de ", "Orée RH")).toBe("la création d’Orée RH");
    expect(joinFrench("pour ", "les familles")).toBe("pour les familles");
    expect(joinFrench("grâce à ", "les familles")).toBe("grâce aux familles");
    expect(joinFrench("le travail de ", "Yves Rocher")).toBe("le travail d’Yves Rocher");
  });

  it("keeps 'de' before a y that sounds as a consonant", () => {
    expect(joinFrench("la création de ", "YourBrand")).toBe("la création de YourBrand");
    expect(joinFrench("pour faire de ", "Yoplait")).toBe("pour faire de Yoplait");
  });
});
