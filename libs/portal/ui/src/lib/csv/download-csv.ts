/**
 * Saves CSV text as a file in the browser. A UTF-8 byte order mark goes first so spreadsheet apps
 * read non-Latin text (Korean names) correctly.
 */
export function downloadCsv(fileName: string, csv: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url));
}
