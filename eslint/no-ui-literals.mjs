// Every word a person reads comes from the message catalogue (messages/*.json): this rule fails on words
// written straight into JSX, as text, as a string child, or in an attribute people read or hear.
// Symbols (·, ↗, ⚠, digits, punctuation) and the networks' own names are allowed.

/** Attributes whose value is shown or read aloud; our own components' text props included. */
const READ_ATTRIBUTES = new Set([
  "alt",
  "aria-description",
  "aria-label",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "description",
  "heading",
  "hint",
  "label",
  "message",
  "placeholder",
  "summary",
  "title",
]);

/** Proper names that read the same in every language. */
const ALLOWED = new Set([
  "LinkedIn",
  "Facebook",
  "X",
  "Slack",
  "Social CM",
  "Social CM Orchestrator",
  "CSV",
  "ICS",
  "HTTP",
]);
/** An example address is the same in every language. */
const URL_EXAMPLE = /^https?:\/\/\S+$/;

const hasWords = (text) => {
  const t = text.replace(/\s+/g, " ").trim();
  return /\p{L}/u.test(t) && !ALLOWED.has(t) && !URL_EXAMPLE.test(t);
};

/** The string literals an expression may evaluate to: a literal, a template's text, either branch of a choice. */
function literalsOf(node) {
  if (!node) return [];
  switch (node.type) {
    case "Literal":
      return typeof node.value === "string" ? [{ node, text: node.value }] : [];
    case "TemplateLiteral":
      return node.quasis.map((q) => ({ node, text: q.value.cooked ?? "" }));
    case "ConditionalExpression":
      return [...literalsOf(node.consequent), ...literalsOf(node.alternate)];
    case "LogicalExpression":
      return [...literalsOf(node.left), ...literalsOf(node.right)];
    case "BinaryExpression":
      return node.operator === "+" ? [...literalsOf(node.left), ...literalsOf(node.right)] : [];
    default:
      return [];
  }
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "UI text goes through the next-intl catalogue, not JSX literals" },
    messages: { literal: 'Put "{{text}}" in messages/en.json and fr.json and read it with useTranslations.' },
    schema: [],
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: "literal", data: { text: text.trim().slice(0, 40) } });
    const check = (expression) => {
      const reported = new Set();
      for (const { node, text } of literalsOf(expression)) {
        if (!hasWords(text) || reported.has(node)) continue;
        reported.add(node);
        report(node, text);
      }
    };
    return {
      JSXText(node) {
        if (hasWords(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent.type === "JSXElement" || node.parent.type === "JSXFragment") check(node.expression);
      },
      JSXAttribute(node) {
        const name = node.name.type === "JSXNamespacedName" ? node.name.name.name : node.name.name;
        if (!READ_ATTRIBUTES.has(name) || !node.value) return;
        check(node.value.type === "JSXExpressionContainer" ? node.value.expression : node.value);
      },
    };
  },
};

export default { rules: { "no-ui-literals": rule } };
