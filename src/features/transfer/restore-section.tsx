import { useEffect, useRef, useState } from 'react';
import { useFocusOnAppear } from '../../components/use-focus-on-appear';
import { useLiveQuery } from 'dexie-react-hooks';
import { discardRestoreCopy, revertableRestoreAt } from '../../db/backup';
import { useI18n } from '../../i18n/use-i18n';
import type { RestoreCheck } from '../../workers/data-file-protocol';
import { BACKUP_ACCEPT, FilePick } from './file-pick';
import { StepHeading } from './step-heading';
import { restoreProblemText, tableName } from './transfer-text';
import { useTransferServices } from './transfer-services';
import { useRestoreFlow } from './use-restore-flow';
import { askOnce } from './worker-channel';
import './transfer-messages';

/** The tables a person recognises; participations and settings go with them unseen. */
const SHOWN_TABLES = [
  'contacts',
  'interactions',
  'relations',
  'groups',
  'goals',
  'weekPlans',
] as const;

function RestoreConfirm({
  check,
  isRestoring,
  onRestore,
  onCancel,
}: {
  check: RestoreCheck;
  isRestoring: boolean;
  onRestore: () => void;
  onCancel: () => void;
}) {
  const text = useI18n();
  const { t, formatDateTime, formatNumber } = text;
  return (
    <div className="transfer-step transfer-confirm" role="group" aria-labelledby="restore-confirm">
      <h3 id="restore-confirm">{t('transfer.restore.confirmTitle')}</h3>
      <p>
        {t('transfer.restore.made', {
          date: formatDateTime(check.createdAt),
          version: check.appVersion,
        })}
      </p>
      <table className="transfer-table">
        <thead>
          <tr>
            <th scope="col">{t('transfer.restore.what')}</th>
            <th scope="col">{t('transfer.restore.now')}</th>
            <th scope="col">{t('transfer.restore.inFile')}</th>
          </tr>
        </thead>
        <tbody>
          {SHOWN_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{tableName(text, table)}</th>
              <td>{formatNumber(check.replaces[table].now)}</td>
              <td>{formatNumber(check.replaces[table].file)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="transfer-actions">
        <button type="button" className="button danger" disabled={isRestoring} onClick={onRestore}>
          {isRestoring ? t('transfer.restore.working') : t('transfer.restore.confirm')}
        </button>
        <CancelButton isDisabled={isRestoring} onCancel={onCancel} />
      </div>
    </div>
  );
}

type RevertStep = 'idle' | 'confirming' | 'reverting' | 'reverted' | 'failed';

/** "Revert restore", for as long as the copy from before the last restore is kept. */
function RevertPanel({ revision }: { revision: number }) {
  const { t, formatDateTime } = useI18n();
  const { openDataFileChannel } = useTransferServices();
  const [step, setStep] = useState<RevertStep>('idle');
  const [ownRevision, setOwnRevision] = useState(0);
  const copiedAt = useLiveQuery(() => revertableRestoreAt(), [revision, ownRevision]);

  const revert = async () => {
    setStep('reverting');
    try {
      const response = await askOnce(openDataFileChannel, { type: 'revert-restore' });
      setStep(response.type === 'reverted' ? 'reverted' : 'failed');
    } catch (error) {
      console.error('Ties could not revert the restore', error);
      setStep('failed');
    }
    setOwnRevision((value) => value + 1);
  };
  const discard = async () => {
    await discardRestoreCopy();
    setOwnRevision((value) => value + 1);
  };

  return (
    <>
      {step === 'reverted' ? <p role="status">{t('transfer.restore.reverted')}</p> : null}
      {step === 'failed' ? (
        <p role="alert" className="field-error">
          {t('transfer.restore.revertFailed')}
        </p>
      ) : null}
      {copiedAt === undefined ? null : (
        <div className="transfer-revert">
          <p>{t('transfer.restore.revertIntro', { date: formatDateTime(copiedAt) })}</p>
          {step === 'confirming' ? (
            <div className="transfer-confirm" role="group" aria-labelledby="revert-confirm">
              <p id="revert-confirm">{t('transfer.restore.revertConfirm')}</p>
              <div className="transfer-actions">
                <button
                  type="button"
                  className="button danger"
                  onClick={() => {
                    void revert();
                  }}
                >
                  {t('transfer.restore.revertYes')}
                </button>
                <CancelButton
                  onCancel={() => {
                    setStep('idle');
                  }}
                />
              </div>
            </div>
          ) : (
            <div className="transfer-actions">
              <button
                type="button"
                className="button"
                disabled={step === 'reverting'}
                onClick={() => {
                  setStep('confirming');
                }}
              >
                {step === 'reverting'
                  ? t('transfer.restore.reverting')
                  : t('transfer.restore.revert')}
              </button>
              <button
                type="button"
                className="button"
                disabled={step === 'reverting'}
                onClick={() => {
                  void discard();
                }}
              >
                {t('transfer.restore.discard')}
              </button>
            </div>
          )}
        </div>
      )}
    </>
  );
}

/** Focus lands on the safe choice, so a stray Enter replaces nothing. */
function CancelButton({
  onCancel,
  isDisabled = false,
}: {
  onCancel: () => void;
  isDisabled?: boolean;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLButtonElement>(null);
  useFocusOnAppear(ref);
  return (
    <button type="button" className="button" ref={ref} disabled={isDisabled} onClick={onCancel}>
      {t('common.cancel')}
    </button>
  );
}

/** Restore a backup file: check it whole, confirm what it replaces, restore, and revert. */
export function RestoreSection({
  pendingFile,
  onPendingTaken,
}: {
  pendingFile?: File | undefined;
  onPendingTaken?: (() => void) | undefined;
}) {
  const text = useI18n();
  const { t } = text;
  const { openDataFileChannel } = useTransferServices();
  const [revision, setRevision] = useState(0);
  const flow = useRestoreFlow(openDataFileChannel, () => {
    setRevision((value) => value + 1);
  });
  const { state, check } = flow;

  useEffect(() => {
    if (!pendingFile) return;
    check(pendingFile);
    onPendingTaken?.();
  }, [pendingFile, onPendingTaken, check]);

  return (
    <section className="card transfer-section" aria-labelledby="transfer-restore">
      <h2 id="transfer-restore">{t('transfer.restore.title')}</h2>
      <p>{t('transfer.restore.intro')}</p>
      {state.step === 'checking' ? (
        <div className="transfer-step">
          <StepHeading>{t('transfer.restore.checking')}</StepHeading>
          <div className="transfer-actions">
            <button type="button" className="button" onClick={flow.cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {state.step === 'confirm' ? (
        <RestoreConfirm
          check={state.check}
          isRestoring={state.isRestoring}
          onRestore={flow.restore}
          onCancel={flow.cancel}
        />
      ) : null}
      {state.step === 'refused' ? (
        <div role="alert">
          <p>{restoreProblemText(text, state.problem, state.fileName)}</p>
          <p>{t('transfer.restore.nothingChanged')}</p>
        </div>
      ) : null}
      {state.step === 'failed' ? (
        <p role="alert" className="field-error">
          {t('transfer.restore.failed')}
        </p>
      ) : null}
      {state.step === 'restored' ? (
        <div role="status">
          <p>{t('transfer.restore.done')}</p>
          {state.result.isDerivedRebuilt ? <p>{t('transfer.restore.rebuilt')}</p> : null}
        </div>
      ) : null}
      {state.step === 'checking' || state.step === 'confirm' ? null : (
        <div className="transfer-actions">
          <FilePick label={t('transfer.restore.pick')} accept={BACKUP_ACCEPT} onFile={check} />
        </div>
      )}
      <RevertPanel revision={revision} />
    </section>
  );
}
