// Dropping a file anywhere on the window opens it on the data page: a contacts file goes to
// the import preview, a backup to the restore check. Mounted once, in the app shell.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/use-i18n';
import { pendingKindOf, setPendingFile } from './pending-file-store';
import './file-drop.css';

/** The data page, where dropped files are read. */
export const DATA_PATH = '/settings/data';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function FileDrop() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [isOver, setIsOver] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every child crossed; a count tells when the pointer
    // has really left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setIsOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setIsOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file itself, leaving the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setIsOver(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      setPendingFile({ file, kind: pendingKindOf(file) });
      void navigate(DATA_PATH);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [navigate]);

  if (!isOver) return null;
  return (
    <div className="file-drop" aria-hidden="true">
      <p>{t('yourData.drop.overlay')}</p>
    </div>
  );
}
