/** Captures a file a widget hands to the visitor (it builds a Blob and clicks a download link). */
export async function captureDownload(action: () => void): Promise<{ name: string; text: string; type: string; bytes: Uint8Array }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original.call(URL, object);
  };
  const clicked = new Promise<string>((resolve) => {
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      resolve(link.download);
    };
    document.addEventListener('click', onClick, true);
  });
  try {
    action();
    const name = await clicked;
    return { name, text: await blob!.text(), type: blob!.type, bytes: new Uint8Array(await blob!.arrayBuffer()) };
  } finally {
    URL.createObjectURL = original;
  }
}
