// Apart from display-names.ts, which the calendar's first load reads: only the editor names a post's angle.
import { nameIn, type Lang } from "./display-names";

const ANGLES: Record<Lang, Record<string, string>> = {
  en: {
    common_mistake: "A common mistake",
    step_by_step: "Step by step",
    myth_vs_fact: "Myth vs fact",
    lesson_learned: "A lesson learned",
    key_points: "Key points",
    open_question: "An open question",
    before_after: "Before and after",
    checklist: "Checklist",
    customer_story: "A customer story",
    prediction: "A prediction",
    comparison: "A comparison",
    faq: "A frequent question",
    quick_win: "A quick win",
    the_why: "The why",
  },
  fr: {
    common_mistake: "Une erreur fréquente",
    step_by_step: "Pas à pas",
    myth_vs_fact: "Idée reçue et réalité",
    lesson_learned: "Une leçon apprise",
    key_points: "Points clés",
    open_question: "Une question ouverte",
    before_after: "Avant et après",
    checklist: "Liste de contrôle",
    customer_story: "Une histoire client",
    prediction: "Une prédiction",
    comparison: "Une comparaison",
    faq: "Une question fréquente",
    quick_win: "Un gain rapide",
    the_why: "Le pourquoi",
  },
};

/** "quick_win" → "A quick win" / "Un gain rapide". */
export const angleName = (key: string, language = "en") => nameIn(ANGLES, key, language);
