import type { Copy } from "./types";

export const enAngles: Copy["angles"] = [
  {
    id: "common_mistake",
    intro: "The most common mistake we see? Trying to fix everything at once.",
    outro: "Pick one thing, do it well, then move on.",
    list: false,
  },
  {
    id: "step_by_step",
    intro: "Here is the approach, step by step:",
    outro: "Simple, repeatable, effective.",
    list: true,
  },
  {
    id: "myth_vs_fact",
    intro: "Myth: you need a bigger budget to get results. Fact: you need a clearer focus.",
    outro: "Focus beats volume.",
    list: false,
  },
  {
    id: "lesson_learned",
    intro: "One lesson we learned the hard way: consistency beats intensity.",
    outro: "What would you add?",
    list: false,
  },
  { id: "key_points", intro: "What really matters, in a few points:", outro: "Small gains add up.", list: true },
  {
    id: "open_question",
    intro: "We are curious about how you handle this.",
    outro: "Tell us in the comments.",
    list: false,
  },
  {
    id: "before_after",
    intro: "Before: scattered efforts and unclear results. After: one clear plan.",
    outro: "The difference is the method.",
    list: false,
  },
  { id: "checklist", intro: "A quick checklist before your next move:", outro: "Save this for later.", list: true },
  {
    id: "customer_story",
    intro: "It all started with a simple question from a customer.",
    outro: "That is why we do what we do.",
    list: false,
  },
  {
    id: "prediction",
    intro: "Here is where we think things are heading next.",
    outro: "Are you ready for it?",
    list: false,
  },
  {
    id: "comparison",
    intro: "Two ways to tackle it: the quick fix, or the lasting one.",
    outro: "We will always pick the lasting one.",
    list: false,
  },
  {
    id: "faq",
    intro: "A question we hear every week: where do I start?",
    outro: "Start small, start today.",
    list: false,
  },
  {
    id: "quick_win",
    intro: "A quick win you can try in under 10 minutes:",
    outro: "Try it and let us know how it goes.",
    list: true,
  },
  {
    id: "the_why",
    intro: "Why do we care so much about this? Because it is the question we hear most often.",
    outro: "Here is our answer, plainly.",
    list: false,
  },
];
