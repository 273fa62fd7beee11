// pdfmake and the classes of it that pdf.ts adjusts, as one module: the build makes it one CommonJS
// file beside each bundle that writes reports (scripts/pdf-libraries.js), so a report loads one
// file instead of some two hundred, with what reports rarely need loaded only on use.
import pdfmake from 'pdfmake';
import * as pdfDocument from 'pdfmake/js/PDFDocument.js';
import * as renderer from 'pdfmake/js/Renderer.js';
import * as styleContextStack from 'pdfmake/js/StyleContextStack.js';
import * as textInlines from 'pdfmake/js/TextInlines.js';

export const libraries = {
  pdfmake,
  renderer,
  textInlines,
  styleContextStack,
  pdfDocument,
  /** fontkit, pdfkit's own: for the glyphs of the font Japanese text is set in. */
  fontkit: () => import('fontkit'),
};
