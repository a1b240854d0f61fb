// Draws the app icons as SVG and renders them to PNG with the machine's Chromium
// (playwright-core drives it; no browser is downloaded). The PNGs are committed in
// public/icons/, so this only runs when the artwork changes:
//   node scripts/make-icons.mjs        (CHROME_PATH overrides /usr/bin/chromium)
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const ACCENT = '#1f5f8b'; // --accent in src/app/global.css (light theme)
const INK = '#ffffff';

// The mark: you (the big node) tied to three people, two of whom know each other.
// Drawn on a 512 × 512 grid; `scale` shrinks it around the centre for maskable icons,
// whose content must stay inside the middle 80 % circle.
function networkMark(scale) {
  const nodes = [
    { x: 236, y: 276, r: 62 },
    { x: 126, y: 150, r: 38 },
    { x: 382, y: 146, r: 46 },
    { x: 386, y: 386, r: 34 },
  ];
  const [me, ...others] = nodes;
  const lines = [
    ...others.map((node) => [me, node]),
    [others[1], others[2]], // two of your people know each other
  ]
    .map(
      ([a, b]) =>
        `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${INK}" stroke-width="22" stroke-linecap="round"/>`,
    )
    .join('');
  const circles = nodes
    .map((node) => `<circle cx="${node.x}" cy="${node.y}" r="${node.r}" fill="${INK}"/>`)
    .join('');
  const inner = `<circle cx="${me.x}" cy="${me.y}" r="26" fill="${ACCENT}"/>`;
  return `<g transform="translate(256 256) scale(${scale}) translate(-256 -262)">${lines}${circles}${inner}</g>`;
}

function appIcon({ isMaskable }) {
  // "any" icons get rounded corners; maskable and Apple icons are full-bleed squares
  // because the platform applies its own mask.
  const background = isMaskable
    ? `<rect width="512" height="512" fill="${ACCENT}"/>`
    : `<rect width="512" height="512" rx="112" fill="${ACCENT}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}${networkMark(isMaskable ? 0.68 : 0.9)}</svg>`;
}

// The "Log a touch" shortcut: a coffee cup, the default kind of touch.
function logShortcutIcon() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">
<circle cx="48" cy="48" r="48" fill="${ACCENT}"/>
<path d="M24 40h40v14a18 18 0 0 1-18 18h-4a18 18 0 0 1-18-18z" fill="${INK}"/>
<path d="M64 45h4a8 8 0 0 1 0 16h-6" fill="none" stroke="${INK}" stroke-width="5"/>
<path d="M36 20c-4 5 4 8 0 13M48 20c-4 5 4 8 0 13" fill="none" stroke="${INK}" stroke-width="4" stroke-linecap="round"/>
</svg>`;
}

const targets = [
  { file: 'icon-192.png', size: 192, svg: appIcon({ isMaskable: false }) },
  { file: 'icon-512.png', size: 512, svg: appIcon({ isMaskable: false }) },
  { file: 'icon-maskable-512.png', size: 512, svg: appIcon({ isMaskable: true }) },
  { file: 'apple-touch-icon-180.png', size: 180, svg: appIcon({ isMaskable: true }) },
  { file: 'shortcut-log-96.png', size: 96, svg: logShortcutIcon() },
];

await mkdir(OUT_DIR, { recursive: true });
await writeFile(path.join(OUT_DIR, 'icon.svg'), `${appIcon({ isMaskable: false })}\n`);

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const target of targets) {
    const page = await browser.newPage({
      viewport: { width: target.size, height: target.size },
      deviceScaleFactor: 1,
    });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${target.size}px;height:${target.size}px}</style>${target.svg}`,
    );
    await page.screenshot({ path: path.join(OUT_DIR, target.file), omitBackground: true });
    await page.close();
    console.log(`wrote public/icons/${target.file}`);
  }
} finally {
  await browser.close();
}
