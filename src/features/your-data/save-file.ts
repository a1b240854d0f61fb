// Saving a file the app made (a backup, an export) to the device: a Blob behind a temporary
// object URL and a temporary <a download>. Nothing leaves the device, and it works offline.

/** How long the object URL stays valid: revoking it at once can cancel a slow download. */
const URL_LIFETIME_MS = 60_000; // 1 min

export function saveFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, URL_LIFETIME_MS);
}

function datePart(at: number): string {
  const date = new Date(at);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** ties-backup-YYYY-MM-DD.json, by the device's calendar day. */
export function backupFileName(at: number): string {
  return `ties-backup-${datePart(at)}.json`;
}

/** ties-people-YYYY-MM-DD.vcf or .csv. */
export function exportFileName(format: 'vcard' | 'csv', at: number): string {
  return `ties-people-${datePart(at)}.${format === 'vcard' ? 'vcf' : 'csv'}`;
}
