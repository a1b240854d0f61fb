import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { writeErrorText } from '../../components/failure-text';
import { discardRestoreCopy } from '../../db/writes/restore';
import { revertableRestoreAt } from '../../db/revert-point';
import { writeErrorReasonOf, type WriteErrorReason } from '../../db/write-errors';
import { useI18n } from '../../i18n/use-i18n';
import { CancelButton } from './cancel-button';
import { useTransferServices } from './your-data-services';
import { askOnce } from './worker-channel';
import './your-data-messages';

type RevertStep =
  | { step: 'idle' | 'confirming' | 'reverting' | 'reverted' }
  | { step: 'failed'; reason: WriteErrorReason };

/** Why a revert or a discard failed, in words, saying that nothing changed. */
function RevertFailure({ reason }: { reason: WriteErrorReason }) {
  const { t } = useI18n();
  return (
    <p role="alert" className="field-error">
      {reason === 'unknown'
        ? t('yourData.restore.revertFailed')
        : `${writeErrorText(reason, t)} ${t('yourData.restore.nothingChanged')}`}
    </p>
  );
}

/**
 * "Revert restore", for as long as the main database names a kept copy (db/revert-point.ts):
 * a copy from a restore that never committed is never offered.
 */
export function RevertPanel({ revision }: { revision: number }) {
  const { t, formatDateTime } = useI18n();
  const { openDataFileChannel } = useTransferServices();
  const [state, setState] = useState<RevertStep>({ step: 'idle' });
  const [ownRevision, setOwnRevision] = useState(0);
  const copiedAt = useLiveQuery(() => revertableRestoreAt(), [revision, ownRevision]);

  const revert = async () => {
    setState({ step: 'reverting' });
    try {
      const response = await askOnce(openDataFileChannel, { type: 'revert-restore' });
      setState(
        response.type === 'reverted'
          ? { step: 'reverted' }
          : { step: 'failed', reason: response.type === 'failed' ? response.reason : 'unknown' },
      );
    } catch (error) {
      console.error('Ties could not revert the restore', error);
      setState({ step: 'failed', reason: 'unknown' });
    }
    setOwnRevision((value) => value + 1);
  };
  const discard = async () => {
    try {
      await discardRestoreCopy();
      setState({ step: 'idle' });
    } catch (error) {
      console.error('Ties could not forget the data from before the restore', error);
      setState({ step: 'failed', reason: writeErrorReasonOf(error) });
    }
    setOwnRevision((value) => value + 1);
  };
  const isReverting = state.step === 'reverting';

  return (
    <>
      {state.step === 'reverted' ? <p role="status">{t('yourData.restore.reverted')}</p> : null}
      {state.step === 'failed' ? <RevertFailure reason={state.reason} /> : null}
      {copiedAt === undefined ? null : (
        <div className="transfer-revert">
          <p>{t('yourData.restore.revertIntro', { date: formatDateTime(copiedAt) })}</p>
          {state.step === 'confirming' ? (
            <div className="transfer-confirm" role="group" aria-labelledby="revert-confirm">
              <p id="revert-confirm">{t('yourData.restore.revertConfirm')}</p>
              <div className="transfer-actions">
                <button
                  type="button"
                  className="button danger"
                  onClick={() => {
                    void revert();
                  }}
                >
                  {t('yourData.restore.revertYes')}
                </button>
                <CancelButton
                  onCancel={() => {
                    setState({ step: 'idle' });
                  }}
                />
              </div>
            </div>
          ) : (
            <div className="transfer-actions">
              <button
                type="button"
                className="button"
                disabled={isReverting}
                onClick={() => {
                  setState({ step: 'confirming' });
                }}
              >
                {isReverting ? t('yourData.restore.reverting') : t('yourData.restore.revert')}
              </button>
              <button
                type="button"
                className="button"
                disabled={isReverting}
                onClick={() => {
                  void discard();
                }}
              >
                {t('yourData.restore.discard')}
              </button>
            </div>
          )}
        </div>
      )}
    </>
  );
}
