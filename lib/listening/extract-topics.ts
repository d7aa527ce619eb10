/** Words that say nothing about a topic, in English and French (plus social filler). */
const STOPWORDS = new Set(
  `the and for with this that your you our are was were have has had from they them their there what when where which who will would could should about into over more most than then just also very can not but all any its it's out how why new now get got one two use using make made time today week day
les des une pour avec dans sur par est sont vous nous votre notre vos nos leur leurs qui que quoi dont aux cette ces ses son sans plus moins tout tous toute toutes comme mais donc car elle ils elles être avoir fait faire était sera peut aussi très bien encore entre chez vers après avant depuis pendant jour semaine aujourd'hui nouveau nouvelle
http https www com amp via rt`.split(/\s+/),
);

/**
 * The words a set of posts keep coming back to: each word counts once per post (so one long post
 * cannot dominate), words under 4 letters, numbers, links and @mentions are left out; hashtags count
 * as their word.
 */
export function extractTopics(texts: string[], limit = 8): { word: string; posts: number }[] {
  const df = new Map<string, number>();
  for (const text of texts) {
    const words = text
      .toLowerCase()
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/@\w+/g, " ")
      .split(/[^\p{L}'’-]+/u)
      .map((w) => w.replace(/^['’-]+|['’-]+$/g, "").replace(/^(l|d|j|qu|n|s|c)['’]/, ""))
      // what still has an apostrophe is an English contraction (let's, don't): never a topic
      .filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !/['’]/.test(w));
    for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return [...df]
    .filter(([, n]) => texts.length < 3 || n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([word, posts]) => ({ word, posts }));
}
