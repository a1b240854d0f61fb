// What the summary and the recent imports show of an undo: how far it got, with a Cancel that
// stops it, and why it did not happen.
import { writeErrorText } from '../../components/failure-text';
import { useI18n } from '../../i18n/use-i18n';
import { ProgressBar } from './progress-bar';
import type { UndoState } from './use-import-flow';
import './your-data-messages';

/** An undo under way: its progress bar and the button that stops it. */
export function UndoProgress({
  undo,
  onStop,
}: {
  undo: Extract<UndoState, { status: 'undoing' }>;
  onStop: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="transfer-write-progress">
      <ProgressBar label={t('yourData.undo.progress')} fraction={undo.fraction} />
      <div className="transfer-actions">
        <button type="button" className="button" disabled={undo.isStopping} onClick={onStop}>
          {undo.isStopping ? t('yourData.undo.stopping') : t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Why an undo did not happen: a full disk and the like by name, else the undo's own words. */
export function UndoFailureText({ undo }: { undo: Extract<UndoState, { status: 'failed' }> }) {
  const { t } = useI18n();
  const { reason, writeFailure } = undo;
  const isNamed =
    reason === 'write-failed' && writeFailure !== undefined && writeFailure !== 'unknown';
  return (
    <p role="alert" className="field-error">
      {isNamed
        ? `${writeErrorText(writeFailure, t)} ${t('yourData.undo.notUndone')}`
        : t(`yourData.undo.${reason}`)}
    </p>
  );
}
