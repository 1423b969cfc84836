// Saving an .ics file from the browser: a Blob download, no server involved.
import { downloadBlob } from '../../lib/dom/downloadBlob';

export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  downloadBlob(new Blob([text], { type: mimeType }), fileName);
}

/** A file-name-safe slug of a course title. */
export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      // Drop the accents NFKD split off, so "é" becomes "e" rather than a dash.
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'course'
  );
}
