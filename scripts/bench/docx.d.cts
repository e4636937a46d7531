export type DocxStyle = 'Title' | 'Subtitle' | 'Heading1' | 'Heading2' | 'Heading3';

export type DocxParagraph = { style?: DocxStyle; text: string } | { image: Buffer; mime: 'image/jpeg'; width?: number; height?: number };

export interface DocxSpec {
  paragraphs: DocxParagraph[];
}

/** The bytes of a .docx holding the paragraphs and pictures in order. */
export declare const buildDocx: (spec: DocxSpec) => Promise<Buffer>;
