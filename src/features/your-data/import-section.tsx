import { useEffect, useRef } from 'react';
import { showToast } from '../../components/toast-store';
import { useI18n } from '../../i18n/use-i18n';
import { EncodingPicker } from './encoding-picker';
import { ImportPreviewStep } from './import-preview-step';
import { ImportStart } from './import-start';
import { ImportSummaryStep } from './import-summary-step';
import { ProgressBar } from './progress-bar';
import { StepHeading } from './step-heading';
import type { ImportFailure } from '../../workers/import-protocol';
import { failureText } from './your-data-text';
import { useTransferServices } from './your-data-services';
import { originName, useImportFlow, type ImportFlow, type ImportOrigin } from './use-import-flow';
import './your-data-messages';

function sourceNameOf(t: ReturnType<typeof useI18n>['t'], origin: ImportOrigin): string {
  return origin.kind === 'file' ? originName(origin) : t('yourData.import.phoneSource');
}

function ReadingStep({
  origin,
  phase,
  fraction,
  onCancel,
}: {
  origin: ImportOrigin;
  phase: 'reading' | 'matching';
  fraction: number;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const label =
    phase === 'matching'
      ? t('yourData.import.matching')
      : origin.kind === 'file'
        ? t('yourData.import.reading', { name: origin.file.name })
        : t('yourData.import.readingPhone');
  return (
    <div className="transfer-step">
      <StepHeading>{label}</StepHeading>
      <ProgressBar label={t('yourData.import.progress')} fraction={fraction} />
      <div className="transfer-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

function FailedStep({
  flow,
  failure,
  name,
}: {
  flow: ImportFlow;
  failure: ImportFailure;
  name: string;
}) {
  const text = useI18n();
  return (
    <div className="transfer-step">
      <StepHeading>{text.t('yourData.import.title')}</StepHeading>
      <div role="alert">
        <p>{failureText(text, failure, name)}</p>
        <p>{text.t('yourData.nothingWritten')}</p>
      </div>
      <ImportStart onFile={flow.readFile} onPhoneContacts={flow.readPhoneContacts} />
    </div>
  );
}

/**
 * Import people: the whole flow in one card. `pendingFile` is a file handed over from
 * outside the page (dropped on the window, shared to the app, opened with it): it is read as
 * soon as it arrives.
 */
export function ImportSection({
  pendingFile,
  onPendingTaken,
  notice,
}: {
  pendingFile?: File | undefined;
  onPendingTaken?: (() => void) | undefined;
  notice?: string | undefined;
}) {
  const { t } = useI18n();
  const { openImportChannel } = useTransferServices();
  const undoRef = useRef<(batchId: string) => void>(() => undefined);
  const flow = useImportFlow(openImportChannel, {
    onApplied: (result) => {
      const { batchId } = result;
      showToast({
        message: t('yourData.toast.imported', { count: result.added + result.updated }),
        ...(batchId === undefined
          ? {}
          : {
              actionLabel: t('yourData.toast.undo'),
              onAction: () => {
                undoRef.current(batchId);
              },
            }),
      });
    },
    onUndone: () => {
      showToast({ message: t('yourData.toast.undone') });
    },
  });
  const { state, readFile } = flow;
  useEffect(() => {
    undoRef.current = flow.undo;
  }, [flow.undo]);

  useEffect(() => {
    if (!pendingFile) return;
    readFile(pendingFile);
    onPendingTaken?.();
  }, [pendingFile, onPendingTaken, readFile]);

  const name = state.step === 'idle' ? '' : sourceNameOf(t, state.origin);

  return (
    <section className="card transfer-section" aria-labelledby="transfer-import">
      <h2 id="transfer-import">{t('yourData.import.title')}</h2>
      {state.step === 'idle' ? (
        <ImportStart onFile={readFile} onPhoneContacts={flow.readPhoneContacts} notice={notice} />
      ) : null}
      {state.step === 'reading' ? (
        <ReadingStep
          origin={state.origin}
          phase={state.phase}
          fraction={state.fraction}
          onCancel={flow.cancel}
        />
      ) : null}
      {state.step === 'choose-encoding' ? (
        <EncodingPicker
          file={state.origin.file}
          failure={state.failure}
          onRead={(encoding) => {
            readFile(state.origin.file, encoding);
          }}
          onCancel={flow.cancel}
        />
      ) : null}
      {state.step === 'failed' ? (
        <FailedStep flow={flow} failure={state.failure} name={name} />
      ) : null}
      {state.step === 'preview' ? (
        <ImportPreviewStep
          preview={state.preview}
          sourceName={name}
          isApplying={state.isApplying}
          applyFraction={state.applyFraction}
          isStopping={state.isStopping ?? false}
          applyFailure={state.applyFailure}
          writeFailure={state.writeFailure}
          onConfirm={flow.confirm}
          onStop={flow.stopApply}
          onCancel={flow.cancel}
          onReadAgain={flow.readAgain}
        />
      ) : null}
      {state.step === 'done' ? (
        <ImportSummaryStep
          result={state.result}
          undo={state.undo}
          onUndo={flow.undo}
          onStopUndo={flow.stopUndo}
          onAnother={flow.reset}
        />
      ) : null}
    </section>
  );
}
