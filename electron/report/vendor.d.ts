// The PDF libraries publish no types; only what pdf.ts and text-runs.ts use is declared (and typed there).
declare module 'pdfmake' {
  const pdfmake: unknown;
  export default pdfmake;
}
declare module 'fontkit' {
  export function create(data: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
}
declare module 'pdfmake/js/Renderer.js' {
  const renderer: unknown;
  export default renderer;
}
declare module 'pdfkit' {
  const PDFDocument: unknown;
  export default PDFDocument;
}
declare module 'pdfmake/js/TextInlines.js' {
  const textInlines: unknown;
  export default textInlines;
}
declare module 'pdfmake/js/StyleContextStack.js' {
  const styleContextStack: unknown;
  export default styleContextStack;
}
declare module 'pdfmake/js/PDFDocument.js' {
  const pdfDocument: unknown;
  export default pdfDocument;
}
