// Renders the app icons in public/icons/ from one SVG, so the PWA manifest's PNGs can be
// regenerated after a design change: `npx tsx scripts/icons/makeIcons.ts`.
// The outputs are committed; the build never runs this (sharp is a dev-only dependency).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const outDir = join(import.meta.dirname, '..', '..', 'public', 'icons');
const accent = '#1f6f8b'; // --accent in src/styles/tokens.css
const paper = '#ffffff';

/**
 * A stylised scalp (a dome) with three hair strands and a rising progress tick. `safePct` is
 * the share of the square the artwork may use: maskable icons are cropped to a circle by the
 * launcher, so their artwork must stay inside the central 80 %.
 */
function iconSvg(sizePx: number, safePct: number, rounded: boolean): string {
  const pad = (sizePx * (100 - safePct)) / 200;
  const s = (sizePx - 2 * pad) / 100; // artwork drawn on a 100-unit grid
  const radius = rounded ? sizePx * 0.2 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${sizePx}" height="${sizePx}" viewBox="0 0 ${sizePx} ${sizePx}">
  <rect width="${sizePx}" height="${sizePx}" rx="${radius}" fill="${accent}"/>
  <g transform="translate(${pad} ${pad}) scale(${s})" fill="none" stroke="${paper}" stroke-linecap="round" stroke-linejoin="round">
    <path d="M18 74 C18 40 40 24 50 24 C60 24 82 40 82 74" stroke-width="7"/>
    <path d="M36 34 C34 24 38 16 44 12" stroke-width="4"/>
    <path d="M50 24 C50 14 54 8 60 6" stroke-width="4"/>
    <path d="M64 34 C68 24 74 20 80 18" stroke-width="4"/>
    <path d="M32 84 L46 76 L56 80 L72 66" stroke-width="5"/>
  </g>
</svg>
`;
}

async function png(name: string, svg: string): Promise<void> {
  await writeFile(join(outDir, name), await sharp(Buffer.from(svg)).png().toBuffer());
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'icon.svg'), iconSvg(512, 92, true));
  await png('icon-192.png', iconSvg(192, 92, true));
  await png('icon-512.png', iconSvg(512, 92, true));
  // Full-bleed square with the artwork in the safe zone; the launcher applies its own mask.
  await png('icon-maskable-512.png', iconSvg(512, 72, false));
  // iOS ignores the manifest icons and rounds corners itself.
  await png('apple-touch-icon-180.png', iconSvg(180, 80, false));
  console.log(`icons written to ${outDir}`);
}

await main();
