import type { Copy } from "./types";

/** Written with plain spaces before ? ! : ; — applyTypography turns them into U+00A0. */
export const frPillars: Copy["pillars"] = {
  education: {
    name: "Pédagogie et conseils",
    description: "Des conseils concrets et des méthodes pas à pas utiles à l’audience, qu’elle achète ou non.",
    hashtag: "Astuces",
    leads: [
      "Le conseil du jour pour {audience} : partir du résultat visé, puis remonter le fil.",
      "Une méthode simple pour {audience}, à appliquer dès cette semaine.",
    ],
    pollQuestion: "Qu’est-ce qui vous freine le plus ?",
    pollOptions: ["Le manque de temps", "Des priorités floues", "De mauvais outils", "Autre chose"],
    question: "Quel conseil auriez-vous aimé connaître plus tôt ?",
  },
  behind_the_scenes: {
    name: "Coulisses",
    description:
      "Les personnes, les méthodes et les choix derrière {name}, pour créer la confiance et montrer le côté humain.",
    hashtag: "Coulisses",
    leads: [
      "Dans les coulisses de {name} : notre façon de travailler au quotidien.",
      "Chez {name}, de petites décisions font une grande différence. En voici une.",
    ],
    pollQuestion: "Quelle partie de notre travail voulez-vous découvrir ?",
    pollOptions: ["L’équipe", "Notre méthode", "Nos outils", "Nos erreurs"],
    question: "Que voudriez-vous savoir sur notre façon de travailler ?",
  },
  customer_proof: {
    name: "Preuves clients",
    description: "Résultats, témoignages et cas d’usage qui montrent ce que les clients obtiennent avec {name}.",
    hashtag: "TémoignageClient",
    leads: [
      "Ce que nos clients nous disent le plus souvent : {vp}.",
      "De vrais clients, de vrais résultats : voici ce que {name} change pour {audience}.",
    ],
    pollQuestion: "Qu’est-ce qui compte le plus quand vous choisissez une solution ?",
    pollOptions: ["Des résultats prouvés", "La simplicité", "Le support", "Le prix"],
    question: "Quel résultat changerait tout pour vous cette année ?",
  },
  industry_insight: {
    name: "Tendances du secteur",
    description: "Tendances, analyses et points de vue sur l’évolution du marché, pour faire de {name} une référence.",
    hashtag: "Tendances",
    leads: [
      "Le marché change vite : voici ce que cela change pour {audience}.",
      "Une tendance que nous suivons de près ce mois-ci.",
    ],
    pollQuestion: "Quelle tendance comptera le plus l’an prochain ?",
    pollOptions: ["L’automatisation", "La personnalisation", "La durabilité", "La maîtrise des coûts"],
    question: "Quel changement dans votre secteur vous a le plus surpris récemment ?",
  },
  product_value: {
    name: "Produit et valeur",
    description: "Ce que fait {name} et pourquoi c’est utile, autour de la valeur apportée : {positioning}.",
    hashtag: "Produit",
    leads: ["{positioning}.", "Pourquoi choisir {name} ? {vp}."],
    pollQuestion: "Quel bénéfice vous aiderait le plus en ce moment ?",
    pollOptions: ["Gagner du temps", "Réduire les coûts", "De meilleurs résultats", "Moins de stress"],
    question: "Si vous pouviez changer une chose dans votre quotidien, laquelle serait-ce ?",
  },
  community: {
    name: "Communauté et échanges",
    description: "Questions, sondages et discussions qui invitent {audience} à partager leur avis et leur expérience.",
    hashtag: "Communauté",
    leads: [
      "Nous aimons vous lire. Aujourd’hui, la parole est à vous.",
      "Votre expérience compte pour nous, et pour tous ceux qui nous lisent.",
    ],
    pollQuestion: "Comment commencez-vous votre semaine ?",
    pollOptions: ["Avec un plan", "Tranquillement", "À fond", "Un café, et on verra"],
    question: "Quel conseil partageriez-vous avec tous ceux qui nous lisent ?",
  },
};
