/** Saves content as a file through the browser's download (works in Electron and browser mode). */
export function downloadFile(filename: string, content: string | Uint8Array<ArrayBuffer> | Blob, mimeType: string): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL may go soon after.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
