import type { ImportResult } from '../../db/writes/imports';
import type { NewPeopleSetup } from '../../interop/merge';
import { useI18n } from '../../i18n/use-i18n';
import { useTierCadence } from './use-tier-cadence';
import { StepHeading } from './step-heading';
import { UndoFailureText, UndoProgress } from './undo-progress';
import type { UndoState } from './use-import-flow';
import './your-data-messages';

function UndoOutcome({ undo }: { undo: UndoState }) {
  const { t } = useI18n();
  if (undo.status === 'undoing') return null;
  if (undo.status === 'failed') return <UndoFailureText undo={undo} />;
  const { removed, restored, kept } = undo.result;
  return (
    <div role="status">
      <p>{t('yourData.summary.undone')}</p>
      {removed > 0 ? <p>{t('yourData.summary.removed', { count: removed })}</p> : null}
      {restored > 0 ? <p>{t('yourData.summary.restored', { count: restored })}</p> : null}
      {kept.length > 0 ? <p>{t('yourData.summary.kept', { count: kept.length })}</p> : null}
    </div>
  );
}

/** The tier and rhythm the added people were given, as chosen in the preview. */
function NewPeopleOutcome({ setup }: { setup: NewPeopleSetup }) {
  const { t } = useI18n();
  const cadenceOf = useTierCadence();
  const tier = t(`people.tier.${setup.tier}`);
  // A tier without a rhythm of its own (Acquaintance can be set so) reads as "none for now".
  const cadence = setup.keepInTouch ? cadenceOf(setup.tier) : null;
  return (
    <p>
      {cadence === null
        ? t('yourData.summary.noRhythm', { tier })
        : t('yourData.summary.asTier', { tier, count: cadence })}
    </p>
  );
}

/** What the import did, with a lasting "Undo this import" (the toast's Undo goes away). */
export function ImportSummaryStep({
  result,
  undo,
  onUndo,
  onStopUndo,
  onAnother,
}: {
  result: ImportResult;
  undo: UndoState | undefined;
  onUndo: (batchId: string) => void;
  onStopUndo: (batchId: string) => void;
  onAnother: () => void;
}) {
  const { t } = useI18n();
  const { batchId } = result;
  // Once undone, or when there is nothing left to undo, the button goes away.
  const isFinal =
    undo?.status === 'undone' ||
    (undo?.status === 'failed' &&
      (undo.reason === 'already-undone' || undo.reason === 'import-not-found'));
  return (
    <div className="transfer-step">
      <StepHeading>{t('yourData.summary.title')}</StepHeading>
      {result.added + result.updated === 0 ? (
        <p>{t('yourData.summary.nothing')}</p>
      ) : (
        <>
          {result.added > 0 ? <p>{t('yourData.summary.added', { count: result.added })}</p> : null}
          {result.newPeople === undefined ? null : <NewPeopleOutcome setup={result.newPeople} />}
          {result.updated > 0 ? (
            <p>{t('yourData.summary.updated', { count: result.updated })}</p>
          ) : null}
        </>
      )}
      {undo === undefined ? null : <UndoOutcome undo={undo} />}
      {batchId !== undefined && undo?.status === 'undoing' ? (
        <UndoProgress
          undo={undo}
          onStop={() => {
            onStopUndo(batchId);
          }}
        />
      ) : null}
      <div className="transfer-actions">
        {batchId === undefined || isFinal ? null : (
          <button
            type="button"
            className="button"
            disabled={undo?.status === 'undoing'}
            onClick={() => {
              onUndo(batchId);
            }}
          >
            {undo?.status === 'undoing'
              ? t('yourData.summary.undoing')
              : t('yourData.summary.undo')}
          </button>
        )}
        <button type="button" className="button" onClick={onAnother}>
          {t('yourData.summary.another')}
        </button>
      </div>
    </div>
  );
}
