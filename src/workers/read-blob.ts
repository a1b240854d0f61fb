// Reading a Blob (a picked File) as bytes or text. Blob.arrayBuffer() and text() are in every
// browser Ties supports, but not in jsdom, where the screens are tested; FileReader is in both
// (and in workers).

function readWith<T>(start: (reader: FileReader) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(reader.result as T);
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('The file could not be read.'));
    };
    start(reader);
  });
}

export function readBlobBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return readWith<ArrayBuffer>((reader) => {
    reader.readAsArrayBuffer(blob);
  });
}

export function readBlobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return readWith<string>((reader) => {
    reader.readAsText(blob, 'utf-8');
  });
}
