export type Network = "linkedin" | "facebook" | "x" | "sandbox";

/**
 * What the orchestrator does next: retry later, stop and ask for a reconnect, record the post as
 * live (and look up its id), or give up because the content or request itself is invalid.
 */
export type FailureClass = "retryable" | "needs_reconnect" | "already_published" | "rejected";

/** The exact content to publish; each adapter builds its network's request body from it. */
export interface PublishPayload {
  network: Network;
  text: string;
  link?: string | null;
  /** X: the post this one replies to (the next part of a thread, or a first comment) */
  replyTo?: string | null;
  /** images already uploaded to the network (uploadImage), in order */
  mediaIds?: string[];
  /** Facebook's single photo: posted with its text in one request to /{page}/photos */
  photo?: { bytes: Uint8Array; mimeType: string } | null;
  /** LinkedIn's carousel: a PDF already uploaded (uploadDocument), shown with its title */
  document?: { id: string; title: string } | null;
}

export interface UploadImageRequest {
  accountId: string;
  accessToken: string;
  bytes: Uint8Array;
  mimeType: string;
  signal?: AbortSignal;
}

export type UploadResult = { ok: true; mediaId: string; raw: string } | PublishFailure;

export interface PublishRequest {
  payload: PublishPayload;
  /** LinkedIn: organization/person URN (a bare id means an organization); Facebook: Page id; X: user id */
  accountId: string;
  accessToken: string;
  contentHash: string;
  signal?: AbortSignal;
}

export type PublishFailure = {
  ok: false;
  failureClass: FailureClass;
  message: string;
  httpStatus: number | null;
  /** excerpt (≤ 2,000 chars) of the network's answer, starting with the status line */
  raw: string;
  /** from Retry-After, x-rate-limit-reset, Facebook's usage headers, or LinkedIn's midnight-UTC reset */
  retryAt?: Date;
  /** a timeout or reset after the request was sent: the post may exist, reconcile before re-sending */
  outcomeUnknown?: boolean;
  /** when a duplicate answer names the existing post (LinkedIn does), its id */
  existingRemoteId?: string;
};

export type PublishResult =
  { ok: true; remoteId: string; remoteUrl: string | null; httpStatus: number; raw: string } | PublishFailure;

export interface RemotePost {
  remoteId: string;
  remoteUrl: string | null;
  /** the text as the network returns it (LinkedIn's little-text escaping already undone) */
  text: string;
  createdAt: Date | null;
  /** X: the tweet this one replies to (null: none); undefined where the network does not say */
  replyTo?: string | null;
}

export interface BuiltRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** An upload as a dry run shows it: the file is described by its type and size, never sent. */
export interface DescribedUpload {
  accountId: string;
  accessToken: string;
  mimeType: string;
  bytes: number;
  /** said of the file between its type and its size ("4 pages") */
  detail?: string;
}

/** "<application/pdf, 4 pages, 48213 bytes>": what a dry run shows in place of a file's bytes. */
export const describeFile = (f: DescribedUpload) =>
  `<${[f.mimeType, f.detail, `${f.bytes} bytes`].filter(Boolean).join(", ")}>`;

export interface FindRecentRequest {
  accountId: string;
  accessToken: string;
  since?: Date;
  limit?: number;
  signal?: AbortSignal;
}

/** A comment under a post the account published. */
export interface CommentRequest {
  accountId: string;
  accessToken: string;
  /** the post's remote id */
  postId: string;
  /** LinkedIn: the comment this one answers (a nested comment under postId) */
  parentId?: string;
  text: string;
  signal?: AbortSignal;
}

/** Something the account wrote (X: a post; LinkedIn, Facebook: a comment), to take down. */
export interface RemoveRequest {
  accountId: string;
  accessToken: string;
  remoteId: string;
  /** LinkedIn: the post or comment URN the comment was written under (its path names it) */
  on?: string;
  signal?: AbortSignal;
}

/** Already gone (404) counts as removed: removing is safe to repeat. */
export type RemoveResult = { ok: true; httpStatus: number; raw: string } | PublishFailure;

/** New text for something the account wrote (LinkedIn and Facebook comments; X posts cannot be edited). */
export interface EditRequest extends RemoveRequest {
  text: string;
}

/** Setting the same text again changes nothing, so an edit is safe to repeat; gone is a failure here. */
export type EditResult = RemoveResult;

export interface Publisher {
  network: Network;
  /** The exact HTTP request `publish` sends; dry runs show it (with `redactToken`, the bearer token is masked). */
  buildRequest(req: PublishRequest, opts?: { redactToken?: boolean }): BuiltRequest;
  /** Never throws for network answers or transport errors: every outcome is a PublishResult. */
  publish(req: PublishRequest): Promise<PublishResult>;
  /** Recent posts of the account, newest first, for reconciliation. Throws RemoteLookupError on failure. */
  findRecent(req: FindRecentRequest): Promise<RemotePost[]>;
  /** Uploads one image for a later post; the id goes in PublishPayload.mediaIds. */
  uploadImage?(req: UploadImageRequest): Promise<UploadResult>;
  /** LinkedIn: uploads a PDF for a document (carousel) post; the id goes in PublishPayload.document. */
  uploadDocument?(req: UploadImageRequest): Promise<UploadResult>;
  /**
   * Every request an upload sends, in order, for dry runs (the file described, not shown): LinkedIn's
   * initializeUpload then the bytes PUT to the URL it answers, Facebook's unpublished /photos, X's
   * /2/media/upload, the sandbox's one request.
   */
  planUpload?(kind: "image" | "document", file: DescribedUpload, opts?: { redactToken?: boolean }): BuiltRequest[];
  /** LinkedIn and Facebook comment under a post; X has no comments, a first comment there is a reply. */
  comment?(req: CommentRequest): Promise<PublishResult>;
  /** The request comment() sends, for dry runs. */
  buildComment?(req: Omit<CommentRequest, "signal">, opts?: { redactToken?: boolean }): BuiltRequest;
  /** A post's comments, to reconcile a comment whose answer was lost. Throws RemoteLookupError on failure. */
  findComments?(req: Omit<CommentRequest, "text">): Promise<RemotePost[]>;
  /** Takes down what the account wrote. Never throws for network answers. */
  remove?(req: RemoveRequest): Promise<RemoveResult>;
  /** Replaces the text of a comment the account wrote. Never throws for network answers. */
  edit?(req: EditRequest): Promise<EditResult>;
}
