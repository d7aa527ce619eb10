import { readFile } from "node:fs/promises";
import path from "node:path";
import satori from "satori";
import sharp from "sharp";
import { cardLayout, type CardInput, type CardLayout } from "./card-layout";

type Font = { name: string; data: Buffer; weight: 400 | 700 | 800; style: "normal" };

/** Satori reads .woff but not .woff2; the files ship in the npm package, nothing is downloaded. */
const FONT_FILES = [
  ["inter-latin-400-normal.woff", 400],
  ["inter-latin-700-normal.woff", 700],
  ["inter-latin-800-normal.woff", 800],
  ["inter-latin-ext-400-normal.woff", 400],
  ["inter-latin-ext-800-normal.woff", 800],
] as const;

let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ([file, weight]) => ({
      name: "Inter",
      // read at run time from the installed package, so the build does not trace the whole project
      data: await readFile(
        /*turbopackIgnore: true*/ path.join(
          /*turbopackIgnore: true*/ process.cwd(),
          "node_modules/@fontsource/inter/files",
          file,
        ),
      ),
      weight,
      style: "normal" as const,
    })),
  ).catch((err: unknown) => {
    fonts = undefined;
    throw err;
  });
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown> } };
const el = (type: string, style: Record<string, unknown>, children?: unknown, extra?: object): Node => ({
  type,
  props: { style, children, ...extra },
});

/** Satori takes React-shaped objects; plain ones keep React out of the domain code. */
function cardTree(l: CardLayout, logo: string | null): Node {
  const k = l.width / 1200;
  const ring = Math.round(l.height * 0.8);
  return el(
    "div",
    {
      width: l.width,
      height: l.height,
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: l.padding,
      boxSizing: "border-box",
      backgroundColor: l.colors.background,
      color: l.colors.text,
      fontFamily: "Inter",
      position: "relative",
      overflow: "hidden",
    },
    [
      el("div", {
        position: "absolute",
        right: -ring * 0.45,
        top: -ring * 0.35,
        width: ring,
        height: ring,
        boxSizing: "border-box",
        borderRadius: ring,
        border: `${Math.round(48 * k)}px solid ${l.colors.accent}`,
      }),
      el("div", {
        position: "absolute",
        right: l.padding,
        bottom: l.padding,
        width: Math.round(28 * k),
        height: Math.round(28 * k),
        borderRadius: Math.round(28 * k),
        backgroundColor: l.colors.accent,
      }),
      el("div", { display: "flex", flexDirection: "column", width: l.textWidth }, [
        el("div", {
          width: Math.round(96 * k),
          height: Math.round(10 * k),
          borderRadius: Math.round(5 * k),
          backgroundColor: l.colors.accent,
          marginBottom: Math.round(32 * k),
        }),
        el(
          "div",
          { fontSize: l.hook.fontSize, fontWeight: 800, lineHeight: 1.12, letterSpacing: -0.02 * l.hook.fontSize },
          l.hook.text,
        ),
        l.keyLine
          ? el(
              "div",
              {
                fontSize: l.keyLine.fontSize,
                fontWeight: 400,
                lineHeight: 1.35,
                marginTop: Math.round(24 * k),
                opacity: 0.85,
              },
              l.keyLine.text,
            )
          : null,
      ]),
      el("div", { display: "flex", alignItems: "center" }, [
        logo
          ? el(
              "div",
              {
                display: "flex",
                alignItems: "center",
                justifyContent: "center",
                width: l.logoSize,
                height: l.logoSize,
                borderRadius: Math.round(12 * k),
                backgroundColor: "#ffffff",
                marginRight: Math.round(20 * k),
              },
              el("img", { width: l.logoSize * 0.8, height: l.logoSize * 0.8, objectFit: "contain" }, undefined, {
                src: logo,
                width: l.logoSize * 0.8,
                height: l.logoSize * 0.8,
              }),
            )
          : null,
        el("div", { fontSize: l.brandSize, fontWeight: 700 }, l.brandName),
      ]),
    ],
  );
}

/** The logo as a small PNG data URI: any library format (WebP, GIF) becomes one Satori can draw. */
async function logoDataUri(bytes: Uint8Array, size: number): Promise<string> {
  const png = await sharp(bytes)
    .resize(size * 2, size * 2, { fit: "inside" })
    .png()
    .toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}

/** A branded card as PNG bytes at the network's size. */
export async function renderCard(input: CardInput & { logo: Uint8Array | null }): Promise<Buffer> {
  const layout = cardLayout(input);
  const logo = input.logo ? await logoDataUri(input.logo, layout.logoSize) : null;
  const svg = await satori(cardTree(layout, logo) as never, {
    width: layout.width,
    height: layout.height,
    fonts: await loadFonts(),
  });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
