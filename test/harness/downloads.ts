/**
 * Runs `action` with file downloads caught before they are saved: a real
 * download would take focus from the test window (Firefox) and break later
 * keyboard tests. Returns each file's name and content, once `expected` files
 * have been caught (a download started by a click may wait for a chunk) or 15 s
 * have passed.
 */
export async function catchDownloads(action: () => unknown, expected = 0): Promise<{ name: string; text: string }[]> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const original = { url: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return 'blob:caught';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    await action();
    for (const end = Date.now() + 15000; names.length < expected && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
  } finally {
    URL.createObjectURL = original.url;
    HTMLAnchorElement.prototype.click = original.click;
  }
  return Promise.all(names.map(async (name, i) => ({ name, text: (await blobs[i]?.text()) ?? '' })));
}
