/**
 * Word documents made on the fly for the tests: the builder is scripts/bench/docx.cjs, shared with the import
 * benchmark.
 */

export { buildDocx, type DocxParagraph, type DocxSpec, type DocxStyle } from '../../scripts/bench/docx.cjs';
