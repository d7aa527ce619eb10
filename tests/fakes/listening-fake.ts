import { seeded } from "./fake-server";

/**
 * What the network fakes know about listening: comments under posts and competitors' timelines.
 * Each network's fake answers with its own shapes (x-, facebook- and linkedin-listening-fake.ts).
 */
export interface FakeComment {
  id: string;
  authorId: string;
  authorName: string;
  text: string;
  createdAt: number;
  lang?: string;
}

export interface FakeTimelinePost {
  id: string;
  text: string;
  createdAt: number;
  likes: number;
  comments: number;
  shares: number;
}

export interface FakeCompetitor {
  id: string;
  handle: string;
  name: string;
  posts: FakeTimelinePost[];
}

/** Every run of three consecutive entries holds a complaint, so each post's comments include one. */
const BANK: { text: string; lang: string }[] = [
  { text: "Love this, great work team!", lang: "en" },
  { text: "Which countries do you ship to?", lang: "en" },
  { text: "Terrible experience, nobody answered my emails.", lang: "en" },
  { text: "Super article, merci pour le partage !", lang: "fr" },
  { text: "Awful, the website has been down all day.", lang: "en" },
  { text: "Really useful, thanks for sharing.", lang: "en" },
  { text: "Service client lamentable, je veux être remboursé.", lang: "fr" },
];
const NAMES = ["Alex Martin", "Camille Durand", "Sam Lee", "Léa Bernard", "Jordan Smith"];

export class ListeningState {
  comments = new Map<string, FakeComment[]>();
  /** the brand's replies under a heard comment, by the comment's bare id */
  replies = new Map<string, FakeComment[]>();
  competitors: FakeCompetitor[] = [];
  /** a smaller page than the network's maximum, so tests see pagination */
  pageSize: number | null = null;
  /** "free": X answers search/recent with its client-not-enrolled 403 */
  xTier: "basic" | "free" = "basic";
  /** comments listed from now on are dated this many days before their post, so a test sees several days */
  ageDays = 0;
  private seq = 0;

  reset() {
    this.comments.clear();
    this.replies.clear();
    this.competitors = defaultCompetitors();
    this.pageSize = null;
    this.xTier = "basic";
    this.ageDays = 0;
    this.seq = 0;
  }

  constructor() {
    this.reset();
  }

  setComments(postId: string, list: Omit<FakeComment, "id">[]) {
    this.comments.set(
      postId,
      list.map((c) => ({ ...c, id: String(7000000000000000000n + BigInt(++this.seq)) })),
    );
    return this.comments.get(postId)!;
  }

  /** A published post gets a few deterministic comments the first time anyone lists them. */
  commentsOf(postId: string, postCreatedAt: number): FakeComment[] {
    let list = this.comments.get(postId);
    if (!list) {
      const n = [...postId].reduce((h, ch) => h * 31 + ch.charCodeAt(0), 7) >>> 0;
      list = this.setComments(
        postId,
        Array.from({ length: 3 + seeded(n, 1, 4) }, (_, i) => {
          const b = BANK[(seeded(n, 10, BANK.length) + i) % BANK.length];
          return {
            authorId: `u${seeded(n, 20 + i, 90000) + 10000}`,
            authorName: NAMES[seeded(n, 30 + i, NAMES.length)],
            text: b.text,
            lang: b.lang,
            createdAt: postCreatedAt - this.ageDays * 86_400_000 + (i + 1) * 1000,
          };
        }),
      );
    }
    return list;
  }

  /** The heard comment with this bare id, under any post. */
  heard(commentId: string): FakeComment | undefined {
    for (const list of this.comments.values()) {
      const found = list.find((c) => c.id === commentId);
      if (found) return found;
    }
    return undefined;
  }

  /** Stores the account's reply under a heard comment; its id is new and bare, like the comment's. */
  reply(commentId: string, authorId: string, text: string): FakeComment {
    const reply = {
      id: String(7200000000000000000n + BigInt(++this.seq)),
      authorId,
      authorName: "Page",
      text,
      createdAt: Date.now(),
    };
    this.replies.set(commentId, [...(this.replies.get(commentId) ?? []), reply]);
    return reply;
  }

  /** Takes a reply of the account's down; false when there is none with this bare id. */
  unreply(replyId: string): boolean {
    for (const [commentId, list] of this.replies) {
      if (!list.some((r) => r.id === replyId)) continue;
      this.replies.set(
        commentId,
        list.filter((r) => r.id !== replyId),
      );
      return true;
    }
    return false;
  }

  /** Changes the text of a reply of the account's; false when there is none with this bare id. */
  rewrite(replyId: string, text: string): boolean {
    for (const list of this.replies.values()) {
      const reply = list.find((r) => r.id === replyId);
      if (!reply) continue;
      reply.text = text;
      return true;
    }
    return false;
  }

  page<T>(items: T[], start: number, wanted: number) {
    const size = Math.min(wanted, this.pageSize ?? wanted);
    const slice = items.slice(start, start + size);
    return { slice, next: start + slice.length < items.length ? start + slice.length : null };
  }

  competitor(handleOrId: string) {
    const h = handleOrId.replace(/^@/, "").toLowerCase();
    return this.competitors.find((c) => c.handle.toLowerCase() === h || c.id === handleOrId);
  }
}

/** Each network's fake follows one public competitor with a few weeks of posts. */
function defaultCompetitors(): FakeCompetitor[] {
  const now = Date.now();
  const texts = [
    "Our new sourdough workshop starts Saturday: book your seat",
    "Behind the scenes: how we bake 400 loaves before sunrise",
    "Customer story: the café that switched to our flour",
    "Five tips for a crispier sourdough crust at home",
    "Nouveau : atelier pain au levain ce samedi",
    "Our bakery team is hiring bakers for the winter season",
  ];
  return [
    {
      id: "1600000000000000099",
      handle: "rivalbakery",
      name: "Rival Bakery",
      posts: texts.map((text, i) => ({
        id: String(1860000000000000000n + BigInt(i + 1)),
        text,
        createdAt: now - (i * 3 + 1) * 86_400_000,
        likes: 20 + i * 7,
        comments: 3 + i,
        shares: 2 + (i % 3),
      })),
    },
  ];
}
