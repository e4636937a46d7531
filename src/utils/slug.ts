import { pinyin } from 'pinyin-pro';

export const SLUG_MAX_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const HAN = /\p{Script=Han}/u;

/**
 * Turns a title into an ASCII slug: Chinese characters become toneless pinyin syllables, one word each
 * (`忠诚党的事业` → `zhong-cheng-dang-de-shi-ye`); Latin text is lowercased and accents dropped.
 * Long slugs are cut at a word boundary. Returns '' when nothing sluggable is left.
 */
export const slugify = (title: string, maxLength = SLUG_MAX_LENGTH): string => {
  const words: string[] = [];
  // pinyin-pro keeps runs of non-Chinese characters together when nonZh is 'consecutive'
  const parts = HAN.test(title)
    ? pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    : [title];

  for (const part of parts) {
    const ascii = part
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’‘`]/g, '') // "party's" → "partys", not "party-s"
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (ascii) words.push(...ascii.split(' '));
  }

  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // a single word longer than the limit is cut rather than dropped
  if (!slug && words.length > 0) slug = words[0].slice(0, maxLength);
  return slug;
};

/** `base`, then `base-2`, `base-3`…: the first candidate not in `taken`, kept within maxLength. */
export const uniqueSlug = (base: string, taken: ReadonlySet<string>, maxLength = SLUG_MAX_LENGTH): string => {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const head = base.slice(0, maxLength - suffix.length).replace(/-+$/, '');
    const candidate = `${head}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
};
