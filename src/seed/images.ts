/**
 * Demo photos are drawn locally (no network, no fonts): an abstract picture per photo, with the caption and
 * credit written into its IPTC and XMP metadata as a newsroom camera workflow would.
 */

import sharp from 'sharp';
import { embedCredit, type EmbeddedCredit } from '#newsroom-media';

const PALETTES: Array<[string, string, string]> = [
  ['#b71c1c', '#f9a825', '#fff3e0'],
  ['#0277bd', '#4fc3f7', '#e1f5fe'],
  ['#2e7d32', '#a5d6a7', '#f1f8e9'],
  ['#4e342e', '#bcaaa4', '#efebe9'],
  ['#37474f', '#ffb300', '#eceff1'],
  ['#c62828', '#ffd54f', '#fffde7'],
  ['#ef6c00', '#ffe082', '#fff8e1'],
];

const drawing = (index: number, width: number, height: number): string => {
  const [dark, mid, light] = PALETTES[index % PALETTES.length];
  const circles = Array.from({ length: 6 }, (_, i) => {
    const cx = ((i * 197 + index * 131) % width).toString();
    const cy = ((i * 113 + index * 71) % height).toString();
    const r = (60 + ((i * 37 + index * 17) % 140)).toString();
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${i % 2 ? mid : light}" fill-opacity="0.55"/>`;
  }).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/>` +
    `<stop offset="1" stop-color="${mid}"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/>${circles}` +
    `<rect x="0" y="${Math.round(height * 0.72)}" width="100%" height="${Math.round(height * 0.28)}" fill="${dark}" fill-opacity="0.35"/>` +
    '</svg>'
  );
};

/** A 1200×800 JPEG, different for each index, carrying `credit` in IPTC (UTF-8) and XMP. */
export const renderDemoPhoto = async (index: number, credit: EmbeddedCredit): Promise<Buffer> => {
  const width = 1200;
  const height = 800;
  const jpeg = await sharp(Buffer.from(drawing(index, width, height)))
    .jpeg({ quality: 82, mozjpeg: false })
    .toBuffer();
  return embedCredit(jpeg, credit);
};
