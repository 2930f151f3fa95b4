/**
 * Hands content to the browser as a file download (an object URL on a temporary link), for any
 * page: the name and the media type are the caller's (`text/csv`, `application/zip`, …).
 */
export function downloadFile(content: string | Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the click has started the download; the URL is not needed any more once it has
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
