import { useId } from 'react';
import './file-pick.css';

/** File types the importer reads: CSV and vCard, by extension and by MIME type. */
export const IMPORT_ACCEPT = '.csv,.vcf,.vcard,text/csv,text/vcard,text/x-vcard';
export const BACKUP_ACCEPT = '.json,application/json';

/**
 * A file input that looks like a button: the label is what is seen and clicked, the input
 * stays focusable (visually hidden) so the keyboard and screen readers reach it. The value is
 * cleared after each pick, so picking the same file again (a re-import) still reports it.
 */
export function FilePick({
  label,
  accept,
  onFile,
  isPrimary = false,
  isDisabled = false,
  className = '',
  hintId,
}: {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  isPrimary?: boolean;
  isDisabled?: boolean;
  /** More classes for the button, as where it sits needs. */
  className?: string;
  /** The id of a hint that describes the choice. */
  hintId?: string | undefined;
}) {
  const id = useId();
  return (
    <label
      htmlFor={id}
      className={`button file-pick${isPrimary ? ' primary' : ''}${className ? ` ${className}` : ''}`}
      aria-disabled={isDisabled || undefined}
    >
      {label}
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept={accept}
        disabled={isDisabled}
        aria-describedby={hintId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
