import { describe, expect, it } from "vitest";
import { humanWork } from "@/lib/plans/classify-existing";

type Post = Parameters<typeof humanWork>[0];
const post = (over: Partial<Post>) =>
  ({ status: "draft", publication: null, editedByHuman: false, humanTouchedAt: null, ...over }) as Post;

describe("humanWork", () => {
  it("names what a person did, most significant first: a reviewed post with comments is 'commented', not 'moved'", () => {
    const touched = new Date();
    expect(humanWork(post({ humanTouchedAt: touched, _count: { comments: 2 } }))).toBe("commented");
    expect(humanWork(post({ humanTouchedAt: touched }))).toBe("moved");
    expect(humanWork(post({ editedByHuman: true, _count: { comments: 1 } }))).toBe("edited");
    expect(humanWork(post({}))).toBeNull();
  });
});
