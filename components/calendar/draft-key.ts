/** Where a post's unsaved text waits in this tab, should the post go while someone types in it. */
export const draftKey = (postId: string) => `scm:draft:${postId}`;
