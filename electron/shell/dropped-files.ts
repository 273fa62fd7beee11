/** The part of a drop event the preload reads: who made it and the files it carries. */
export type DropLike = { isTrusted: boolean; dataTransfer: { files: ArrayLike<File> } | null };

/**
 * The paths of the files in a drop the browser made (the admin dragged them onto the window). A
 * drop the page's own script dispatched is not trusted and grants nothing; a `File` the page built
 * has no path. So the page cannot name a file the admin did not drop.
 */
export function droppedPaths(event: DropLike, pathOf: (file: File) => string): string[] {
  if (!event.isTrusted || !event.dataTransfer) return [];
  return Array.from(event.dataTransfer.files, (file) => pathOf(file)).filter((path) => path !== '');
}
