/**
 * Word documents made on the fly: a real .docx (the parts Word writes for a plain document with built-in heading
 * styles and inline pictures), so mammoth reads it the way it reads a page an editor saved from Word. The one
 * builder: the tests (tests/helpers/docx.ts) and the import benchmark (import-pages.mjs) use it. CommonJS so that
 * jest's CommonJS tests can load it too.
 */
'use strict';

const JSZip = require('jszip');

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
};
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// EMU per pixel at 96 dpi
const EMU = 9525;

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Built-in styles as Word stores them: the id has no space, the name is the English built-in name. */
const STYLE_NAMES = {
  Title: 'Title',
  Subtitle: 'Subtitle',
  Heading1: 'heading 1',
  Heading2: 'heading 2',
  Heading3: 'heading 3',
};

const stylesXml = () =>
  `${XML_HEAD}<w:styles xmlns:w="${NS.w}">` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  Object.entries(STYLE_NAMES)
    .map(
      ([id, name], index) =>
        `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>` +
        `<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="${index}"/></w:pPr>` +
        `<w:rPr><w:b/><w:sz w:val="${36 - index * 4}"/></w:rPr></w:style>`
    )
    .join('') +
  `</w:styles>`;

const textParagraph = (text, style) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}` +
  `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

const imageParagraph = (relId, index, width, height) => {
  const cx = width * EMU;
  const cy = height * EMU;
  const name = `Picture ${index}`;
  return (
    `<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${index}" name="${name}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic><a:graphicData uri="${NS.pic}"><pic:pic>` +
    `<pic:nvPicPr><pic:cNvPr id="${index}" name="${name}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
};

/** The bytes of a .docx holding the paragraphs and pictures in order (types: docx.d.cts). */
const buildDocx = async ({ paragraphs }) => {
  const zip = new JSZip();
  const relationships = [`<Relationship Id="rIdStyles" Type="${REL_TYPE}/styles" Target="styles.xml"/>`];
  let images = 0;
  const body = paragraphs.map((paragraph) => {
    if ('text' in paragraph) return textParagraph(paragraph.text, paragraph.style);
    images += 1;
    const relId = `rIdImage${images}`;
    const target = `media/image${images}.jpeg`;
    zip.file(`word/${target}`, paragraph.image);
    relationships.push(`<Relationship Id="${relId}" Type="${REL_TYPE}/image" Target="${target}"/>`);
    return imageParagraph(relId, images, paragraph.width ?? 320, paragraph.height ?? 240);
  });

  zip.file(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="${NS.types}">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Default Extension="jpeg" ContentType="image/jpeg"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `</Types>`
  );
  zip.file(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="${NS.rel}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`
  );
  zip.file('word/_rels/document.xml.rels', `${XML_HEAD}<Relationships xmlns="${NS.rel}">${relationships.join('')}</Relationships>`);
  zip.file('word/styles.xml', stylesXml());
  zip.file(
    'word/document.xml',
    `${XML_HEAD}<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}">` +
      `<w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

module.exports = { buildDocx };
