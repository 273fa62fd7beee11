// The two PDF libraries publish no types; only what pdf.ts uses is declared (and typed there).
declare module 'pdfmake' {
  const pdfmake: unknown;
  export default pdfmake;
}
declare module 'fontkit' {
  export function create(data: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
}
