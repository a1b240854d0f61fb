// Import and Restore where someone starts with nobody (the welcome screen, the empty
// screens): one tap opens the file chooser. The picked file waits in the pending-file store,
// as a dropped or shared one does, and the data page, opened at the matching section, reads
// it as if it had been picked there: an import goes to its preview, a backup to its check.
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/use-i18n';
import { BACKUP_ACCEPT, FilePick, IMPORT_ACCEPT } from './file-pick';
import { setPendingFile, type PendingFile } from './pending-file-store';

/** The data page's import and restore sections (their headings' ids). */
export const IMPORT_PATH = '/settings/data#transfer-import';
export const RESTORE_PATH = '/settings/data#transfer-restore';

type StartFromFilesProps = {
  /** Runs before the data page opens (the welcome screen records the first-run choice). */
  beforeLeave?: (() => Promise<void>) | undefined;
  /** beforeLeave failed: the file is not taken and the screen stays. */
  onFailure?: ((error: unknown) => void) | undefined;
  /** Extra classes for both buttons. */
  className?: string;
  /** A line under each button, with the id the button is described by. */
  importHint?: { id: string; text: ReactNode } | undefined;
  restoreHint?: { id: string; text: ReactNode } | undefined;
};

export function StartFromFiles({
  beforeLeave,
  onFailure,
  className,
  importHint,
  restoreHint,
}: StartFromFilesProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const take = async (file: File, kind: PendingFile['kind']) => {
    try {
      await beforeLeave?.();
    } catch (error) {
      onFailure?.(error);
      return;
    }
    setPendingFile({ file, kind });
    void navigate(kind === 'import' ? IMPORT_PATH : RESTORE_PATH);
  };
  return (
    <>
      <FilePick
        label={t('start.import')}
        accept={IMPORT_ACCEPT}
        className={className}
        hintId={importHint?.id}
        onFile={(file) => {
          void take(file, 'import');
        }}
      />
      {importHint ? <Hint {...importHint} /> : null}
      <FilePick
        label={t('start.restore')}
        accept={BACKUP_ACCEPT}
        className={className}
        hintId={restoreHint?.id}
        onFile={(file) => {
          void take(file, 'restore');
        }}
      />
      {restoreHint ? <Hint {...restoreHint} /> : null}
    </>
  );
}

function Hint({ id, text }: { id: string; text: ReactNode }) {
  return (
    <p id={id} className="muted start-hint">
      {text}
    </p>
  );
}
