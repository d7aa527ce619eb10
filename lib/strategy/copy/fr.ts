import type { Copy } from "./types";
import { frAngles } from "./fr-angles";
import { frPillars } from "./fr-pillars";

/** Written with plain spaces before ? ! : ; — applyTypography turns them into U+00A0. */
export const fr: Copy = {
  pillars: frPillars,
  hooks: [
    { id: "direct", text: "Ce post s’adresse à {audience}." },
    { id: "question", text: "Qu’est-ce qui freine vraiment {audience} ?" },
    { id: "honest", text: "Soyons honnêtes une minute." },
    { id: "three_ideas", text: "3 idées à reprendre dès cette semaine." },
    { id: "contrarian", text: "Avis impopulaire : faire plus n’est pas toujours mieux." },
    { id: "pause", text: "Accordez-nous 30 secondes." },
    { id: "what_if", text: "Et si c’était plus simple ?" },
    { id: "lesson", text: "Ce que la création de {name} nous a appris." },
    { id: "truth", text: "La vérité que personne ne dit à {audience}." },
    { id: "mistake", text: "La plupart des gens se trompent. Voici pourquoi." },
    { id: "ingredient", text: "L’ingrédient pas si secret des bons résultats." },
    { id: "challenge", text: "Un petit défi pour cette semaine." },
    { id: "story", text: "Une petite histoire de l’équipe {name}." },
    { id: "myth", text: "Tordons le cou à une idée reçue." },
    { id: "promise", text: "{vp}. Voici comment." },
    { id: "proof", text: "Les résultats parlent plus fort que les promesses." },
  ],
  angles: frAngles,
  ctas: [
    {
      match: ["demo"],
      phrases: ["Réservez une démo", "Demandez votre démo personnalisée", "Voyez-le en action : réservez une démo"],
    },
    { match: ["trial", "essai", "try"], phrases: ["Commencez votre essai gratuit", "Essayez gratuitement"] },
    {
      match: ["signup", "sign-up", "sign_up", "register", "inscription", "join"],
      phrases: ["Inscrivez-vous dès aujourd’hui", "Créez votre compte gratuit"],
    },
    {
      match: ["newsletter", "subscribe", "abonnement"],
      phrases: ["Abonnez-vous à notre newsletter", "Recevez la newsletter"],
    },
    { match: ["contact", "call", "devis", "quote"], phrases: ["Parlez à notre équipe", "Contactez-nous"] },
    { match: ["pricing", "tarif", "prix", "price", "plan"], phrases: ["Découvrez nos tarifs", "Comparez nos offres"] },
    {
      match: ["shop", "store", "boutique", "buy", "order", "commande"],
      phrases: ["Découvrez la boutique", "Commandez dès aujourd’hui"],
    },
    {
      match: ["download", "ebook", "whitepaper", "livre", "report", "guide-pdf"],
      phrases: ["Téléchargez le guide", "Recevez votre exemplaire gratuit"],
    },
    {
      match: ["webinar", "webinaire", "event", "evenement", "meetup"],
      phrases: ["Réservez votre place", "Rejoignez-nous en direct"],
    },
    {
      match: ["blog", "article", "guide", "learn", "resource", "ressource"],
      phrases: ["Lisez l’article complet", "En savoir plus sur notre blog"],
    },
  ],
  audienceFallback: "les gens comme vous",
  defaultCtas: ["En savoir plus", "Découvrez-en plus", "Découvrez {name}"],
  labels: {
    carousel: "L’essentiel tient en quelques pages : faites défiler le document ci-dessous.",
    poll: "Sondage :",
    comment: "Dites-le-nous en commentaire.",
    thread: "Un fil",
    dedupe: "Version",
  },
  guidelines: {
    tone: "{tone} : clair, concret et écrit pour {audience}.",
    do: [
      "Ouvrir par une accroche qui s’adresse directement à {audience}.",
      "Une seule idée par publication, avec un exemple concret.",
      "Relier chaque publication à un bénéfice apporté par {name}.",
      "Terminer par un seul appel à l’action clair, avec son lien.",
      "Écrire des phrases courtes et des paragraphes courts.",
    ],
    dont: [
      "Ne pas faire de promesses que le produit ne peut pas tenir.",
      "Ne pas empiler plusieurs appels à l’action dans une publication.",
      "Ne pas utiliser de jargon : écrire comme on parle à {audience}.",
      "Ne jamais publier deux fois le même texte, quel que soit le réseau.",
      "Ne pas utiliser les hashtags de la liste interdite.",
    ],
    cta: "Un appel à l’action par publication, en alternant les cibles de la marque ; chaque lien porte des paramètres UTM (source = réseau, medium = social, campaign = pilier, content = identifiant de la publication).",
    networks: {
      linkedin: {
        hashtags: "1 à 3 hashtags pertinents, tirés des mots-clés de la marque, en fin de publication.",
        emoji: "2 emoji au maximum, comme repères, jamais en excès.",
        style:
          "Professionnel et structuré : une accroche, 2 à 4 paragraphes courts ou une liste, une ligne d’appel à l’action.",
      },
      facebook: {
        hashtags: "0 à 2 hashtags.",
        emoji: "Jusqu’à 2 emoji, ton chaleureux et conversationnel.",
        style: "Conversationnel : une publication avec lien ou une question à la communauté.",
      },
      x: {
        hashtags: "2 hashtags au maximum.",
        emoji: "1 emoji au maximum.",
        style: "Court et percutant, 280 caractères pondérés ; des fils pour les idées plus longues.",
      },
    },
  },
};
