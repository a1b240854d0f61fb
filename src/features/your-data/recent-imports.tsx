// The last few imports, each with Undo while it can still be undone: the summary's Undo and
// the toast's go away with the screen, this one survives a reload. The list is read in the
// data-file worker (a stored batch holds every id it added and a copy of every person it
// changed, too much to deserialize on the main thread) and read again whenever the stored
// imports change, wherever that happened. Undo goes the summary's way: in a worker of its own.
import { useEffect, useRef, useState } from 'react';
import type { KeptReason, UndoImportResult } from '../../db/writes/imports';
import type { ImportSummary } from '../../db/reads/imports';
import { useImportBatchesVersion } from './use-import-batches-version';
import { usePeopleByIds } from '../../live-queries/use-people';
import { nameOf } from '../../domain/contact';
import type { Id } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { useTransferServices } from './your-data-services';
import { UndoFailureText, UndoProgress } from './undo-progress';
import {
  canRetryUndo,
  undoFailureOf,
  undoImportInWorker,
  type UndoRun,
  type UndoState,
} from './use-import-flow';
import { askOnce } from './worker-channel';
import './your-data-messages';

/** A short list: the imports someone may still want to take back. */
export const RECENT_IMPORTS = 5;
/** Kept people named after an undo; the rest are counted. */
const KEPT_NAMES_SHOWN = 10;
const KEPT_REASONS: readonly KeptReason[] = ['has-touches', 'edited', 'in-use'];

type Text = ReturnType<typeof useI18n>;

function useRecentImports(): { imports: ImportSummary[] | undefined; hasFailed: boolean } {
  const { openDataFileChannel } = useTransferServices();
  const version = useImportBatchesVersion();
  const [imports, setImports] = useState<ImportSummary[]>();
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    // 0 until the watch has looked once; it reports at once, so this saves a second read.
    if (version === 0) return;
    let isCurrent = true;
    askOnce(openDataFileChannel, { type: 'list-imports', limit: RECENT_IMPORTS }).then(
      (response) => {
        if (!isCurrent) return;
        if (response.type !== 'imports') throw new Error(`Unexpected ${response.type}`);
        setImports(response.imports);
        setHasFailed(false);
      },
      (error: unknown) => {
        console.error('Ties could not read the recent imports', error);
        if (isCurrent) setHasFailed(true);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [version, openDataFileChannel]);
  return { imports, hasFailed };
}

function importName({ t }: Text, summary: ImportSummary): string {
  if (summary.fileName !== '') return summary.fileName;
  return summary.source === 'contact-picker'
    ? t('yourData.import.phoneSource')
    : t('yourData.recent.unnamed');
}

function KeptPeople({ kept }: { kept: UndoImportResult['kept'] }) {
  const { t } = useI18n();
  const people = usePeopleByIds(kept.slice(0, KEPT_NAMES_SHOWN).map(({ id }) => id));
  const names = people
    ? [...people.values()].flatMap((person) => (person ? [nameOf(person)] : []))
    : [];
  const rest = kept.length - KEPT_NAMES_SHOWN;
  return (
    <>
      {KEPT_REASONS.map((reason) => {
        const count = kept.filter((item) => item.reason === reason).length;
        return count === 0 ? null : (
          <p key={reason}>{t(`yourData.recent.kept.${reason}`, { count })}</p>
        );
      })}
      {names.length === 0 ? null : (
        <p className="muted">
          {names.join(', ')}
          {rest > 0 ? ` ${t('yourData.andMore', { count: rest })}` : null}
        </p>
      )}
      <p>{t('yourData.recent.keptHint')}</p>
    </>
  );
}

function UndoResult({ result }: { result: UndoImportResult }) {
  const { t } = useI18n();
  const { removed, restored, kept } = result;
  return (
    <div role="status" className="transfer-import-result">
      <p>{t('yourData.recent.undoneNow')}</p>
      {removed > 0 ? <p>{t('yourData.summary.removed', { count: removed })}</p> : null}
      {restored > 0 ? <p>{t('yourData.summary.restored', { count: restored })}</p> : null}
      {kept.length > 0 ? <KeptPeople kept={kept} /> : null}
    </div>
  );
}

function ImportRow({
  summary,
  undo,
  onUndo,
  onStopUndo,
}: {
  summary: ImportSummary;
  undo: UndoState | undefined;
  onUndo: () => void;
  onStopUndo: () => void;
}) {
  const text = useI18n();
  const { t, formatDateTime } = text;
  const name = importName(text, summary);
  const date = formatDateTime(summary.at);
  const counts = [
    summary.added > 0 ? t('yourData.recent.added', { count: summary.added }) : '',
    summary.updated > 0 ? t('yourData.recent.updated', { count: summary.updated }) : '',
  ].filter(Boolean);
  // Nothing is left to undo once it is undone, here or anywhere else.
  const canUndo =
    summary.undoneAt === undefined &&
    undo?.status !== 'undone' &&
    !(
      undo?.status === 'failed' &&
      (undo.reason === 'already-undone' || undo.reason === 'import-not-found')
    );
  const isUndoing = undo?.status === 'undoing';
  return (
    <li className="transfer-import">
      <p className="transfer-import-name">{name}</p>
      <p className="muted">
        {date}
        {counts.length > 0 ? ` · ${counts.join(' · ')}` : null}
      </p>
      {undo?.status === 'undone' ? <UndoResult result={undo.result} /> : null}
      {undo?.status !== 'undone' && summary.undoneAt !== undefined ? (
        <p>{t('yourData.recent.undoneAt', { date: formatDateTime(summary.undoneAt) })}</p>
      ) : null}
      {undo?.status === 'failed' ? <UndoFailureText undo={undo} /> : null}
      {canUndo ? (
        <div className="transfer-actions">
          <button
            type="button"
            className="button"
            disabled={isUndoing}
            aria-label={isUndoing ? undefined : t('yourData.recent.undoLabel', { name, date })}
            onClick={onUndo}
          >
            {isUndoing ? t('yourData.recent.undoing') : t('yourData.recent.undo')}
          </button>
        </div>
      ) : null}
      {undo?.status === 'undoing' ? <UndoProgress undo={undo} onStop={onStopUndo} /> : null}
    </li>
  );
}

/** "Recent imports", shown once there is at least one. */
export function RecentImports() {
  const { t } = useI18n();
  const { openImportChannel } = useTransferServices();
  const { imports, hasFailed } = useRecentImports();
  const [undos, setUndos] = useState<ReadonlyMap<Id, UndoState>>(new Map());
  const runsRef = useRef(new Map<Id, UndoRun>());

  const changeUndo = (id: Id, change: (current: UndoState | undefined) => UndoState) => {
    setUndos((current) => new Map(current).set(id, change(current.get(id))));
  };
  const undo = (id: Id) => {
    if (runsRef.current.has(id)) return;
    changeUndo(id, () => ({ status: 'undoing', fraction: 0, isStopping: false }));
    const run = undoImportInWorker(openImportChannel, id, (fraction) => {
      changeUndo(id, (current) =>
        current?.status === 'undoing'
          ? { ...current, fraction }
          : { status: 'undoing', fraction, isStopping: false },
      );
    });
    runsRef.current.set(id, run);
    run.result.then(
      (result) => {
        changeUndo(id, () => ({ status: 'undone', result }));
      },
      (error: unknown) => {
        const failure = undoFailureOf(error);
        if (canRetryUndo(failure)) runsRef.current.delete(id);
        changeUndo(id, () => ({ status: 'failed', ...failure }));
      },
    );
  };
  const stopUndo = (id: Id) => {
    changeUndo(id, (current) =>
      current?.status === 'undoing'
        ? { ...current, isStopping: true }
        : (current ?? { status: 'undoing', fraction: 0, isStopping: true }),
    );
    runsRef.current.get(id)?.stop();
  };

  if (!hasFailed && (imports === undefined || imports.length === 0)) return null;
  return (
    <section className="card transfer-section" aria-labelledby="transfer-recent">
      <h2 id="transfer-recent">{t('yourData.recent.title')}</h2>
      <p>{t('yourData.recent.intro')}</p>
      {hasFailed ? <p className="field-error">{t('yourData.recent.failed')}</p> : null}
      {imports === undefined || imports.length === 0 ? null : (
        <ul className="transfer-imports">
          {imports.map((summary) => (
            <ImportRow
              key={summary.id}
              summary={summary}
              undo={undos.get(summary.id)}
              onUndo={() => {
                undo(summary.id);
              }}
              onStopUndo={() => {
                stopUndo(summary.id);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
