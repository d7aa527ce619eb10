import type { Copy } from "./types";
import { enAngles } from "./en-angles";
import { enPillars } from "./en-pillars";

export const en: Copy = {
  pillars: enPillars,
  hooks: [
    { id: "direct", text: "This one is for {audience}." },
    { id: "question", text: "What is really holding {audience} back?" },
    { id: "honest", text: "Let's be honest for a minute." },
    { id: "three_ideas", text: "3 ideas worth stealing this week." },
    { id: "contrarian", text: "Unpopular opinion: more is not always better." },
    { id: "pause", text: "Take 30 seconds for this." },
    { id: "what_if", text: "What if it could be simpler?" },
    { id: "lesson", text: "Here is what building {name} taught us." },
    { id: "truth", text: "The truth nobody tells {audience}." },
    { id: "mistake", text: "Most people get this wrong. Here is why." },
    { id: "ingredient", text: "The not-so-secret ingredient behind great results." },
    { id: "challenge", text: "A small challenge for this week." },
    { id: "story", text: "A quick story from the {name} team." },
    { id: "myth", text: "Let's bust a myth." },
    { id: "promise", text: "{vp}. Here is how." },
    { id: "proof", text: "Results speak louder than promises." },
  ],
  angles: enAngles,
  ctas: [
    { match: ["demo"], phrases: ["Book a demo", "See it in action, book a demo", "Get a personalised demo"] },
    { match: ["trial", "try"], phrases: ["Start your free trial", "Try it for free"] },
    {
      match: ["signup", "sign-up", "sign_up", "register", "join"],
      phrases: ["Sign up today", "Create your free account"],
    },
    { match: ["newsletter", "subscribe"], phrases: ["Subscribe to our newsletter", "Get the newsletter"] },
    { match: ["contact", "call", "quote"], phrases: ["Talk to our team", "Get in touch"] },
    { match: ["pricing", "price", "plan"], phrases: ["See pricing", "Compare our plans"] },
    { match: ["shop", "store", "buy", "order"], phrases: ["Shop now", "Order yours today"] },
    { match: ["download", "ebook", "whitepaper", "report"], phrases: ["Download the guide", "Get your free copy"] },
    { match: ["webinar", "event", "meetup"], phrases: ["Save your seat", "Join us live"] },
    {
      match: ["blog", "article", "guide", "learn", "resource"],
      phrases: ["Read the full article", "Learn more on our blog"],
    },
  ],
  audienceFallback: "people like you",
  defaultCtas: ["Learn more", "Find out more", "Discover {name}"],
  labels: {
    carousel: "The essentials fit in a few slides: swipe through the document below.",
    poll: "Poll:",
    comment: "Tell us in the comments.",
    thread: "A thread",
    dedupe: "Take",
  },
  guidelines: {
    tone: "{tone}: clear, concrete and written for {audience}.",
    do: [
      "Open with a hook that speaks directly to {audience}.",
      "Give one idea per post, with a concrete example.",
      "Tie every post back to a value {name} delivers.",
      "End with one clear call to action and its link.",
      "Write short sentences and short paragraphs.",
    ],
    dont: [
      "Don't make promises the product cannot keep.",
      "Don't stack several calls to action in one post.",
      "Don't use jargon: write the way you would talk to {audience}.",
      "Don't post the same text twice, on any network.",
      "Don't use hashtags from the banned list.",
    ],
    cta: "One call to action per post, rotating through the brand's targets; every link carries UTM tags (source = network, medium = social, campaign = pillar, content = post id).",
    networks: {
      linkedin: {
        hashtags: "1 to 3 relevant hashtags from the brand's keywords, at the end of the post.",
        emoji: "At most 2 emoji, used as markers, never emoji-heavy.",
        style: "Professional and structured: a hook line, 2 to 4 short paragraphs or a list, a CTA line.",
      },
      facebook: {
        hashtags: "0 to 2 hashtags.",
        emoji: "Up to 2 emoji, warm and conversational.",
        style: "Conversational: a link post or a question to the community.",
      },
      x: {
        hashtags: "At most 2 hashtags.",
        emoji: "At most 1 emoji.",
        style: "Short and punchy, 280 weighted characters; threads for longer ideas.",
      },
    },
  },
};
