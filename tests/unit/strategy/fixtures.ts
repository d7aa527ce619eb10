import type { BriefInput } from "@/lib/strategy/brief";

export const acmeEn: BriefInput = {
  name: "Acme Analytics",
  positioning: "The simplest analytics platform for small marketing teams",
  targetAudience: "marketing managers at small B2B companies",
  valueProps: ["Save 5 hours a week on reporting", "All your channels in one dashboard", "Set up in 10 minutes"],
  tone: "professional",
  language: "en-US",
  timezone: "Europe/Paris",
  ctaTargets: [
    { key: "demo", url: "https://example.com/demo" },
    { key: "newsletter", url: "https://example.com/newsletter" },
  ],
  hashtagsAlways: ["Acme"],
  hashtagsNever: ["Product"],
  publishTimes: {},
};

export const acmeFr: BriefInput = {
  ...acmeEn,
  positioning: "La plateforme d’analyse la plus simple pour les petites équipes marketing",
  targetAudience: "les responsables marketing des PME",
  valueProps: [
    "Gagnez 5 heures par semaine sur vos rapports",
    "Tous vos canaux dans un seul tableau de bord",
    "Installation en 10 minutes",
  ],
  tone: "sympa",
  language: "fr-FR",
};
