// Saves a Blob as a file from the browser: an object URL and a temporary link, no server.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the browser may start reading the URL after click() returns, and a backup of
  // many photos can be large.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
