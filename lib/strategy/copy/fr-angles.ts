import type { Copy } from "./types";

/** Written with plain spaces before ? ! : ; — applyTypography turns them into U+00A0. */
export const frAngles: Copy["angles"] = [
  {
    id: "common_mistake",
    intro: "L’erreur la plus fréquente ? Vouloir tout régler d’un coup.",
    outro: "Une chose à la fois, bien faite, puis la suivante.",
    list: false,
  },
  {
    id: "step_by_step",
    intro: "Voici la démarche, étape par étape :",
    outro: "Simple, reproductible, efficace.",
    list: true,
  },
  {
    id: "myth_vs_fact",
    intro: "Idée reçue : il faut plus de budget pour avoir des résultats. En réalité : il faut plus de clarté.",
    outro: "La clarté l’emporte sur le volume.",
    list: false,
  },
  {
    id: "lesson_learned",
    intro: "Une leçon apprise à nos dépens : la régularité bat l’intensité.",
    outro: "Qu’ajouteriez-vous ?",
    list: false,
  },
  {
    id: "key_points",
    intro: "Ce qui compte vraiment, en quelques points :",
    outro: "Les petits gains s’additionnent.",
    list: true,
  },
  {
    id: "open_question",
    intro: "Nous sommes curieux de savoir comment vous gérez cela.",
    outro: "Dites-le-nous en commentaire.",
    list: false,
  },
  {
    id: "before_after",
    intro: "Avant : des efforts dispersés et des résultats flous. Après : un plan clair.",
    outro: "La différence, c’est la méthode.",
    list: false,
  },
  {
    id: "checklist",
    intro: "Une petite liste à vérifier avant votre prochaine étape :",
    outro: "Gardez-la sous le coude.",
    list: true,
  },
  {
    id: "customer_story",
    intro: "Tout est parti d’une simple question d’un client.",
    outro: "C’est pour cela que nous faisons ce métier.",
    list: false,
  },
  { id: "prediction", intro: "Voici où les choses vont, selon nous.", outro: "Êtes-vous prêts ?", list: false },
  {
    id: "comparison",
    intro: "Deux façons de s’y prendre : la solution rapide, ou la solution durable.",
    outro: "Nous choisirons toujours la durable.",
    list: false,
  },
  {
    id: "faq",
    intro: "Une question que l’on nous pose chaque semaine : par où commencer ?",
    outro: "Commencez petit, commencez aujourd’hui.",
    list: false,
  },
  {
    id: "quick_win",
    intro: "Un gain rapide à essayer en moins de 10 minutes :",
    outro: "Essayez et racontez-nous.",
    list: true,
  },
  {
    id: "the_why",
    intro: "Pourquoi est-ce si important pour nous ? Parce que c’est la question qu’on nous pose le plus souvent.",
    outro: "Voici notre réponse, sans détour.",
    list: false,
  },
];
