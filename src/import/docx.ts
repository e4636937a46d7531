/**
 * A Word page (.docx) read into the text format the parser reads (parse.ts): one line per paragraph, verbatim,
 * headings as `# ` / `## ` / `### ` markers; the embedded images come out in document order.
 *
 * mammoth reads the document; its document tree (the `transformDocument` hook, an API mammoth calls unstable,
 * hence the exact version pin) is walked here rather than its HTML, so no text is escaped, joined or dropped.
 */

import { errors } from '@strapi/utils';
import mammoth from 'mammoth';
import type { ImportImage, ImportWarning } from './types';

export interface DocxContent {
  text: string;
  images: ImportImage[];
  warnings: ImportWarning[];
}

/** The parts of mammoth's document elements read here. */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  styleId?: string | null;
  styleName?: string | null;
  value?: string;
  breakType?: string;
  contentType?: string;
  readAsBuffer?: () => Promise<Buffer>;
}

/** Word's built-in style names (as styles.xml stores them, whatever the UI language) and their style ids. */
const HEADING_STYLES: Array<{ marker: string; names: string[]; ids: string[] }> = [
  { marker: '# ', names: ['title', 'heading 1'], ids: ['Title', 'Heading1'] },
  { marker: '## ', names: ['subtitle', 'heading 2'], ids: ['Subtitle', 'Heading2'] },
  { marker: '### ', names: ['heading 3'], ids: ['Heading3'] },
];

// the styles the walk gives markers: mapped for mammoth too, so it does not report them as unrecognised
const STYLE_MAP = HEADING_STYLES.flatMap(({ names }, level) =>
  names.map((name) => `p[style-name='${name.replace(/^./, (first) => first.toUpperCase())}'] => h${level + 1}:fresh`)
);

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/heic': 'heic',
  'image/tiff': 'tif',
  'image/bmp': 'bmp',
  'image/x-emf': 'emf',
  'image/x-wmf': 'wmf',
};

const extensionOf = (mime: string | null): string => {
  if (!mime) return 'bin';
  const subtype = (mime.split('/')[1] ?? '').replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase();
  return EXTENSIONS[mime] ?? (subtype || 'bin');
};

const markerOf = (paragraph: DocxElement): string => {
  const name = paragraph.styleName?.toLowerCase() ?? null;
  const heading = HEADING_STYLES.find(({ names, ids }) =>
    name ? names.includes(name) : paragraph.styleId !== null && paragraph.styleId !== undefined && ids.includes(paragraph.styleId)
  );
  return heading?.marker ?? '';
};

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const notDocx = (reason: string): errors.ValidationError =>
  new errors.ValidationError(`The file is not a Word document (.docx): ${reason}`, { code: 'notDocx' });

/** Walks the document tree in order: paragraph lines (a line break inside a paragraph starts a new line) and images. */
const walk = (root: DocxElement): { lines: string[]; images: DocxElement[] } => {
  const lines: string[] = [];
  const images: DocxElement[] = [];

  const textOf = (element: DocxElement): string => {
    switch (element.type) {
      case 'text':
        return element.value ?? '';
      case 'tab':
        return '\t';
      case 'break':
        return element.breakType === 'line' ? '\n' : '';
      case 'image':
        images.push(element);
        return '';
      // notes and comments are not part of the printed page
      case 'noteReference':
      case 'commentReference':
        return '';
      default:
        return (element.children ?? []).map(textOf).join('');
    }
  };

  const visit = (element: DocxElement): void => {
    if (element.type === 'paragraph') {
      lines.push(`${markerOf(element)}${textOf(element)}`);
      return;
    }
    // tables: each cell's paragraphs in reading order
    for (const child of element.children ?? []) visit(child);
  };

  visit(root);
  return { lines, images };
};

export const readDocx = async (data: Buffer): Promise<DocxContent> => {
  if (data.length < ZIP_SIGNATURE.length || !data.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) {
    throw notDocx('it is not a zip archive');
  }

  let tree: DocxElement | null = null;
  let messages: Array<{ type: string; message: string }>;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: data },
      {
        styleMap: STYLE_MAP,
        // the HTML is not used: no data URIs for the images
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (document: DocxElement) => {
          tree = document;
          return document;
        },
      }
    );
    messages = result.messages;
  } catch (error) {
    // not a zip, no word/document.xml, no document body
    throw notDocx(error instanceof Error ? error.message : String(error));
  }
  if (!tree) throw notDocx('no document body');

  const { lines, images } = walk(tree);
  const read: ImportImage[] = [];
  for (const [index, image] of images.entries()) {
    const mime = image.contentType ?? null;
    const bytes = image.readAsBuffer ? await image.readAsBuffer() : Buffer.alloc(0);
    read.push({ name: `image-${index + 1}.${extensionOf(mime)}`, mime, data: bytes });
  }

  const warnings: ImportWarning[] = messages.map(({ type, message }) => ({ code: `docx.${type}`, line: null, message }));
  return { text: lines.join('\n'), images: read, warnings };
};
