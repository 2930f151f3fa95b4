/** Hands content to the browser as a file download (workspace export, calculator exports, history CSV); name and media type are the caller's. */
export function downloadFile(content: string | Uint8Array, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // the click has started the download; the URL is not needed any more once it has
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
