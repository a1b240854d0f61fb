import { useState } from 'react';
import { writeErrorText } from '../../components/failure-text';
import type { WriteFailureReason } from '../../db/write-failure';
import { useI18n } from '../../i18n/use-i18n';
import { DEFAULT_IMPORT_TIER, type ImportChoices, type NewPeopleSetup } from '../../interop/merge';
import type { ApplyFailureReason, ImportPreview } from '../../workers/import-protocol';
import { ConflictChoices } from './conflict-choices';
import { NewPeopleChoice } from './new-people-choice';
import type { TakeFromFile } from './take-from-file';
import { PreviewLists } from './preview-lists';
import { ProgressBar } from './progress-bar';
import { StepHeading } from './step-heading';
import './your-data-messages';

function PreviewCounts({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const { counts } = preview;
  const lines = [
    t('yourData.preview.new', { count: counts.newPeople }),
    counts.changed > 0 ? t('yourData.preview.changed', { count: counts.changed }) : undefined,
    counts.matched > counts.changed
      ? t('yourData.preview.unchanged', { count: counts.matched - counts.changed })
      : undefined,
    counts.conflicts > 0 ? t('yourData.preview.conflicts', { count: counts.conflicts }) : undefined,
    counts.skipped > 0 ? t('yourData.preview.skipped', { count: counts.skipped }) : undefined,
    counts.duplicates > 0
      ? t('yourData.preview.duplicates', { count: counts.duplicates })
      : undefined,
    counts.warnings > 0 ? t('yourData.preview.warnings', { count: counts.warnings }) : undefined,
  ].filter((line): line is string => line !== undefined);
  return (
    <ul className="transfer-counts" aria-label={t('yourData.preview.title')}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** Why confirming did not import: the cause in the user's words when it is known. */
function ApplyFailure({
  reason,
  writeFailure,
}: {
  reason: ApplyFailureReason;
  writeFailure: WriteFailureReason | undefined;
}) {
  const { t } = useI18n();
  const isNamed =
    reason === 'write-failed' && writeFailure !== undefined && writeFailure !== 'unknown';
  return (
    <p role="alert" className="field-error">
      {isNamed
        ? `${writeErrorText(writeFailure, t)} ${t('yourData.nothingWritten')}`
        : t(`yourData.apply.${reason}`)}
    </p>
  );
}

/**
 * The preview: what confirming would add and change, what was left out, and the choices.
 * While the import is written it shows how far it got, and Cancel stops it.
 */
export function ImportPreviewStep({
  preview,
  sourceName,
  isApplying,
  applyFraction,
  isStopping,
  applyFailure,
  writeFailure,
  onConfirm,
  onStop,
  onCancel,
  onReadAgain,
}: {
  preview: ImportPreview;
  /** The file's name, or "Phone contacts". */
  sourceName: string;
  isApplying: boolean;
  applyFraction: number | undefined;
  isStopping: boolean;
  applyFailure: ApplyFailureReason | undefined;
  writeFailure: WriteFailureReason | undefined;
  onConfirm: (choices: ImportChoices) => void;
  /** Stops the import being written. */
  onStop: () => void;
  onCancel: () => void;
  onReadAgain: () => void;
}) {
  const { t } = useI18n();
  const [takeFromFile, setTakeFromFile] = useState<TakeFromFile>({});
  const [newPeople, setNewPeople] = useState<NewPeopleSetup>({
    tier: DEFAULT_IMPORT_TIER,
    keepInTouch: true,
  });
  const isPhone = preview.source === 'contact-picker';
  const hasWork = preview.counts.newPeople + preview.counts.changed > 0;
  const isStale = applyFailure === 'stale-plan' || applyFailure === 'no-plan';
  return (
    <div className="transfer-step">
      <StepHeading>{t('yourData.preview.title')}</StepHeading>
      <p className="muted">
        {isPhone
          ? sourceName
          : t('yourData.preview.from', {
              format: t(`yourData.format.${preview.format}`),
              name: sourceName,
            })}
        {preview.encoding === undefined || preview.encoding === 'utf-8'
          ? null
          : ` ${t('yourData.preview.encoding', { encoding: preview.encoding })}`}
      </p>
      <PreviewCounts preview={preview} />
      {preview.counts.newPeople > 0 ? (
        <NewPeopleChoice setup={newPeople} isDisabled={isApplying} onChange={setNewPeople} />
      ) : null}
      <ConflictChoices
        matches={preview.matches}
        total={preview.counts.conflicts}
        choices={takeFromFile}
        onChange={setTakeFromFile}
      />
      <PreviewLists preview={preview} />
      {hasWork ? null : <p>{t('yourData.preview.nothing')}</p>}
      {applyFailure === undefined ? null : (
        <ApplyFailure reason={applyFailure} writeFailure={writeFailure} />
      )}
      {isApplying ? (
        <ProgressBar label={t('yourData.apply.progress')} fraction={applyFraction ?? 0} />
      ) : null}
      <div className="transfer-actions">
        {isStale ? (
          <button type="button" className="button primary" onClick={onReadAgain}>
            {t('yourData.preview.readAgain')}
          </button>
        ) : hasWork ? (
          <button
            type="button"
            className="button primary"
            disabled={isApplying}
            onClick={() => {
              onConfirm({ takeFromFile, newPeople });
            }}
          >
            {isApplying ? t('yourData.preview.applying') : t('yourData.preview.confirm')}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={isStopping}
          onClick={isApplying ? onStop : onCancel}
        >
          {isStopping
            ? t('yourData.apply.stopping')
            : hasWork
              ? t('common.cancel')
              : t('yourData.preview.done')}
        </button>
      </div>
    </div>
  );
}
