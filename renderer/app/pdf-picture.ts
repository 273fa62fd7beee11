/**
 * A picture of a PDF's first page, drawn by PDF.js (Mozilla's PDF renderer, the one Firefox uses)
 * in this window: the export preview shows the report as it will print, not the text it is laid out
 * from. PDF.js is large, so it loads only when a PDF preview is first shown; it runs without eval
 * and fetches nothing (the report's fonts are embedded in the PDF), so the UI's strict CSP holds.
 */
export type PagePicture = { blob: Blob; width: number; height: number; pages: number };

export async function firstPagePicture(pdf: Uint8Array, cssWidth: number, pixelRatio = window.devicePixelRatio || 1): Promise<PagePicture> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // PDF.js takes ownership of the bytes it is given: a copy keeps the caller's intact.
  const task = pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, stopAtErrors: true });
  try {
    const document = await task.promise;
    const page = await document.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (cssWidth / unscaled.width) * pixelRatio });
    const canvas = window.document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport }).promise;
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the page could not be drawn'))), 'image/png'));
    return { blob, width: canvas.width / pixelRatio, height: canvas.height / pixelRatio, pages: document.numPages };
  } finally {
    await task.destroy();
  }
}
