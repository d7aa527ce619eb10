import { useTranslations } from "next-intl";
import { foldText } from "./fold-text";
import { measureLength, NETWORK_LIMITS } from "@/lib/strategy/networks";
import { NETWORK_NAME } from "./network-meta";
import { RichText } from "./rich-text";
import { CarouselPreview } from "./carousel-preview";

export interface PreviewAccount {
  display_name: string | null;
  handle: string | null;
  avatar_url: string | null;
}

/** Where each network folds a long post behind "see more", in characters. */
export const SEE_MORE_AT: Record<string, number | null> = { linkedin: 210, facebook: 480, x: null };
/** Each network's link color, darkened where needed to keep 4.5:1 on white. */
const LINK_COLOR: Record<string, string> = { linkedin: "#0a66c2", facebook: "#0b5fcc", x: "#0f6cb3" };

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("");

/**
 * A card that looks like the network's own: the connected account's name, handle and avatar, or until the
 * network is connected the brand's name and initials (and no handle or follower count we would have to invent).
 */
export function NetworkPreview({
  network,
  body,
  brandName,
  account,
  link,
  mediaIds = [],
  slides = [],
  brandColors = null,
  mediaUrl = (id) => `/api/media/${id}`,
}: {
  network: string;
  body: string;
  brandName: string;
  account?: PreviewAccount | null;
  link: string | null;
  /** attached images from the library, shown in place of the link card as the networks do */
  mediaIds?: string[];
  /** a carousel's slides: LinkedIn's document viewer, Facebook's photo grid */
  slides?: string[];
  brandColors?: { primary_color: string | null; accent_color: string | null } | null;
  /** where an image's bytes are read: members read the library, a client's review page signed links */
  mediaUrl?: (id: string) => string;
}) {
  const t = useTranslations("preview");
  const name = account?.display_name ?? brandName;
  const handle = account?.handle ?? null;
  const color = LINK_COLOR[network] ?? "#0a66c2";
  const cut = SEE_MORE_AT[network];
  const folded = cut !== null && cut !== undefined && body.length > cut;
  const shown = folded ? foldText(body, cut) : body;
  const avatar = account?.avatar_url ? (
    // A plain img: the avatar is served by the network, whose hosts next/image does not know.
    <img
      src={account.avatar_url}
      alt=""
      className="h-10 w-10 shrink-0 rounded-full bg-slate-200"
      data-testid="preview-avatar"
    />
  ) : (
    <div
      aria-hidden
      data-testid="preview-initials"
      className={`flex h-10 w-10 shrink-0 items-center justify-center bg-slate-700 text-sm font-semibold text-white ${network === "linkedin" ? "rounded" : "rounded-full"}`}
    >
      {initials(brandName)}
    </div>
  );
  const text = (
    <p data-testid="preview-text" dir="auto" className="break-words whitespace-pre-wrap text-slate-900">
      <RichText text={shown} color={color} bold={network === "linkedin"} />
      {folded ? (
        <>
          …{" "}
          <span data-testid="preview-see-more" className="font-medium text-slate-600">
            {network === "facebook" ? t("seeMoreFacebook") : t("seeMore")}
          </span>
        </>
      ) : null}
    </p>
  );
  const images = mediaIds.map((id, i) => ({ src: mediaUrl(id), alt: t("imageAlt", { n: i + 1 }) }));
  const carousel =
    slides.length > 1 && network !== "x" ? (
      <CarouselPreview
        network={network}
        slides={slides}
        // Facebook attaches the rendered slides first, then the library images (LinkedIn takes no image beside its document).
        images={network === "facebook" ? images : []}
        brand={{
          name: brandName,
          primaryColor: brandColors?.primary_color ?? null,
          accentColor: brandColors?.accent_color ?? null,
        }}
      />
    ) : null;
  const card = carousel ? (
    carousel
  ) : mediaIds.length ? (
    <div data-testid="preview-images" className={`grid gap-0.5 ${mediaIds.length > 1 ? "grid-cols-2" : ""}`}>
      {images.map((image) => (
        <img key={image.src} src={image.src} alt={image.alt} className="w-full object-cover" />
      ))}
    </div>
  ) : link ? (
    <LinkCard link={link} network={network} />
  ) : null;
  const weighted = network === "x" ? measureLength("x", body) : null;
  return (
    <figure
      data-testid={`preview-${network}`}
      className={`overflow-hidden border border-slate-200 bg-white text-sm ${network === "x" ? "rounded-2xl" : "rounded-lg"}`}
    >
      <div className="flex gap-2 p-3">
        {avatar}
        <div className="min-w-0 flex-1">
          <p className="leading-5">
            <strong>{name}</strong>
            {network === "x" && handle ? <span className="text-slate-600"> {t("handleNow", { handle })}</span> : null}
          </p>
          <p className="text-xs text-slate-600">
            {network === "x"
              ? handle
                ? null
                : t("notConnected")
              : [network !== "x" && handle ? handle : null, t("nowPublic")].filter(Boolean).join(" · ")}
          </p>
          {network === "x" ? <div className="mt-1">{text}</div> : null}
        </div>
      </div>
      {network !== "x" ? <div className="px-3 pb-3">{text}</div> : null}
      {card ? <div className={network === "x" ? "px-3 pb-3" : ""}>{card}</div> : null}
      <figcaption className="flex justify-between border-t border-slate-100 px-3 py-1.5 text-xs text-slate-600">
        <span>{t("caption", { network: NETWORK_NAME[network] })}</span>
        {weighted !== null ? (
          <span
            data-testid="preview-x-count"
            className={weighted > NETWORK_LIMITS.x ? "font-semibold text-rose-700" : ""}
          >
            {t("weighted", { count: weighted, limit: NETWORK_LIMITS.x })}
          </span>
        ) : folded ? (
          <span>{t("folds", { cut })}</span>
        ) : null}
      </figcaption>
    </figure>
  );
}

function LinkCard({ link, network }: { link: string; network: string }) {
  let host = link;
  try {
    host = new URL(link).hostname.replace(/^www\./, "");
  } catch {
    // shown as typed
  }
  return (
    <div
      data-testid="preview-link-card"
      className={`border-slate-200 bg-slate-50 px-3 py-2 ${network === "x" ? "rounded-xl border" : "border-t"}`}
    >
      <p className="text-xs text-slate-600 uppercase">{host}</p>
      <p className="truncate text-sm font-semibold text-slate-800">{link}</p>
    </div>
  );
}
