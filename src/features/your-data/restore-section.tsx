import { useEffect, useState } from 'react';
import { writeErrorText } from '../../components/failure-text';
import type { WriteErrorReason } from '../../db/write-errors';
import { useI18n } from '../../i18n/use-i18n';
import type { RestoreCheck } from '../../workers/data-file-protocol';
import { CancelButton } from './cancel-button';
import { BACKUP_ACCEPT, FilePick } from '../../components/file-pick';
import { ProgressBar } from './progress-bar';
import { RevertPanel } from './revert-panel';
import { StepHeading } from './step-heading';
import { restoreProblemText, tableName } from './your-data-text';
import { useTransferServices } from './your-data-services';
import { useRestoreFlow, type RestoreFlowState } from './use-restore-flow';
import './your-data-messages';

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
  onRestore,
  onCancel,
}: {
  check: RestoreCheck;
  onRestore: () => void;
  onCancel: () => void;
}) {
  const text = useI18n();
  const { t, formatDateTime, formatNumber } = text;
  return (
    <div className="transfer-step transfer-confirm" role="group" aria-labelledby="restore-confirm">
      <h3 id="restore-confirm">{t('yourData.restore.confirmTitle')}</h3>
      <p>
        {t('yourData.restore.made', {
          date: formatDateTime(check.createdAt),
          version: check.appVersion,
        })}
      </p>
      <table className="transfer-table">
        <thead>
          <tr>
            <th scope="col">{t('yourData.restore.what')}</th>
            <th scope="col">{t('yourData.restore.now')}</th>
            <th scope="col">{t('yourData.restore.inFile')}</th>
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
        <button type="button" className="button danger" onClick={onRestore}>
          {t('yourData.restore.confirm')}
        </button>
        <CancelButton onCancel={onCancel} />
      </div>
    </div>
  );
}

/** The restore at work: what it is doing, how far it is, and a way to stop it. */
function RestoringStep({
  state,
  onCancel,
}: {
  state: Extract<RestoreFlowState, { step: 'restoring' }>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="transfer-step">
      <StepHeading>{t('yourData.restore.working')}</StepHeading>
      <p>
        {state.phase === 'copying' ? t('yourData.restore.copying') : t('yourData.restore.writing')}
      </p>
      <ProgressBar label={t('yourData.restore.progress')} fraction={state.fraction} />
      <p className="muted">{t('yourData.restore.restoringHint')}</p>
      <div className="transfer-actions">
        <button type="button" className="button" disabled={state.isCancelling} onClick={onCancel}>
          {state.isCancelling ? t('yourData.restore.cancelling') : t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Why a restore did not finish: a full disk and a closed database are named. */
function RestoreFailure({ reason }: { reason: WriteErrorReason }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="field-error">
      {reason === 'unknown' ? (
        <p>{t('yourData.restore.failed')}</p>
      ) : (
        <>
          <p>{writeErrorText(reason, t)}</p>
          <p>{t('yourData.restore.nothingChanged')}</p>
        </>
      )}
    </div>
  );
}

/** The steps that hold the section's own actions; the file picker waits until they end. */
function isBusy(state: RestoreFlowState): boolean {
  return state.step === 'checking' || state.step === 'confirm' || state.step === 'restoring';
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
      <h2 id="transfer-restore">{t('yourData.restore.title')}</h2>
      <p>{t('yourData.restore.intro')}</p>
      {state.step === 'checking' ? (
        <div className="transfer-step">
          <StepHeading>{t('yourData.restore.checking')}</StepHeading>
          <div className="transfer-actions">
            <button type="button" className="button" onClick={flow.cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {state.step === 'confirm' ? (
        <RestoreConfirm check={state.check} onRestore={flow.restore} onCancel={flow.cancel} />
      ) : null}
      {state.step === 'restoring' ? <RestoringStep state={state} onCancel={flow.cancel} /> : null}
      {state.step === 'refused' ? (
        <div role="alert">
          <p>{restoreProblemText(text, state.problem, state.fileName)}</p>
          <p>{t('yourData.restore.nothingChanged')}</p>
        </div>
      ) : null}
      {state.step === 'failed' ? <RestoreFailure reason={state.reason} /> : null}
      {state.step === 'cancelled' ? <p role="status">{t('yourData.restore.cancelled')}</p> : null}
      {state.step === 'restored' ? (
        <div role="status">
          <p>{t('yourData.restore.done')}</p>
          {state.result.isDerivedRebuilt ? <p>{t('yourData.restore.rebuilt')}</p> : null}
        </div>
      ) : null}
      {isBusy(state) ? null : (
        <div className="transfer-actions">
          <FilePick label={t('yourData.restore.pick')} accept={BACKUP_ACCEPT} onFile={check} />
        </div>
      )}
      {state.step === 'restoring' ? null : <RevertPanel revision={revision} />}
    </section>
  );
}
