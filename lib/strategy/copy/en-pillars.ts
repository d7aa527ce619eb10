import type { Copy } from "./types";

export const enPillars: Copy["pillars"] = {
  education: {
    name: "Education & how-to",
    description: "Practical tips and step-by-step advice that help the audience, whether or not they buy.",
    hashtag: "Tips",
    leads: [
      "Today's tip for {audience}: start with the outcome, then work backwards.",
      "Here is a simple method {audience} can apply this week.",
    ],
    pollQuestion: "What slows you down the most?",
    pollOptions: ["Lack of time", "Unclear priorities", "The wrong tools", "Something else"],
    question: "What is the one tip you wish you had learned sooner?",
  },
  behind_the_scenes: {
    name: "Behind the scenes",
    description: "The people, the process and the decisions behind {name}, to build trust and show the human side.",
    hashtag: "BehindTheScenes",
    leads: [
      "A look behind the scenes at {name}: how we work every day.",
      "At {name}, small decisions shape what you see. Here is one of them.",
    ],
    pollQuestion: "Which part of our work would you like to see next?",
    pollOptions: ["The team", "How we build", "Our tools", "Our mistakes"],
    question: "What would you like to know about how we work?",
  },
  customer_proof: {
    name: "Customer proof",
    description: "Results, testimonials and use cases that show what customers achieve with {name}.",
    hashtag: "CustomerStories",
    leads: [
      "What our customers tell us most often: {vp}.",
      "Real customers, real results: here is what {name} changes for {audience}.",
    ],
    pollQuestion: "What matters most when you choose a solution?",
    pollOptions: ["Proven results", "Ease of use", "Support", "Price"],
    question: "What result would make the biggest difference for you this year?",
  },
  industry_insight: {
    name: "Industry insight",
    description: "Trends, analysis and opinions on where the market is going, so {name} is seen as a reference.",
    hashtag: "Trends",
    leads: [
      "The market is changing fast, and here is what it means for {audience}.",
      "One trend we are watching closely this month.",
    ],
    pollQuestion: "Which trend will matter most next year?",
    pollOptions: ["Automation", "Personalisation", "Sustainability", "Cost control"],
    question: "Which change in your industry surprised you the most lately?",
  },
  product_value: {
    name: "Product & value",
    description: "What {name} does and why it matters, framed around the value it delivers: {positioning}.",
    hashtag: "Product",
    leads: ["{positioning}.", "Why choose {name}? {vp}."],
    pollQuestion: "Which benefit would help you most right now?",
    pollOptions: ["Save time", "Cut costs", "Better results", "Less stress"],
    question: "If you could change one thing in your day-to-day, what would it be?",
  },
  community: {
    name: "Community & engagement",
    description: "Questions, polls and conversations that invite {audience} to share their views and experience.",
    hashtag: "Community",
    leads: [
      "We love hearing from {audience}. Today, the floor is yours.",
      "Your experience matters to us, and to everyone reading this.",
    ],
    pollQuestion: "How do you start your week?",
    pollOptions: ["With a plan", "Slowly", "Full speed", "Coffee, then we'll see"],
    question: "What is one tip you would share with everyone reading this?",
  },
};
