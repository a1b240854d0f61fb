// The import flow as one state machine: pick → read (progress) → [pick an encoding] →
// preview → confirm (progress, can be stopped) → summary with Undo (progress, can be
// stopped). Every step's data is UI state; the plan itself stays in the worker
// (workers/import-engine.ts), and nothing is written before a confirm.
import { useCallback, useEffect, useRef, useState } from 'react';
import { requestPersistenceOnce } from '../../db/storage';
import type { ImportResult, UndoImportResult } from '../../db/writes/imports';
import type { WriteFailureReason } from '../../db/write-failure';
import { IMPORT_MAX_BYTES } from '../../interop/import-limits';
import type { ParsedImport } from '../../interop/import-types';
import type { ImportChoices } from '../../interop/merge';
import type {
  ApplyFailureReason,
  ImportFailure,
  ImportPhase,
  ImportPreview,
  ImportRequest,
  ImportResponse,
  UndoFailureReason,
} from '../../workers/import-protocol';
import { readBlobBytes } from '../../workers/read-blob';
import type { Channel, OpenChannel } from './worker-channel';

/** Where the people come from: a file (read again with another encoding) or the phone. */
export type ImportOrigin =
  | { kind: 'file'; file: File; encoding?: string | undefined }
  | { kind: 'phone'; parsed: ParsedImport };

export type UndoState =
  | { status: 'undoing'; fraction: number; isStopping: boolean }
  | { status: 'undone'; result: UndoImportResult }
  | {
      status: 'failed';
      reason: UndoFailureReason;
      writeFailure?: WriteFailureReason | undefined;
    };

export type ImportFlowState =
  | { step: 'idle' }
  | { step: 'reading'; origin: ImportOrigin; phase: ImportPhase; fraction: number }
  | {
      step: 'choose-encoding';
      origin: Extract<ImportOrigin, { kind: 'file' }>;
      failure: ImportFailure;
    }
  | { step: 'failed'; origin: ImportOrigin; failure: ImportFailure }
  | {
      step: 'preview';
      origin: ImportOrigin;
      preview: ImportPreview;
      isApplying: boolean;
      /** While applying: the share of people written so far (0–1). */
      applyFraction?: number | undefined;
      /** A stop was asked for and the worker has not answered yet. */
      isStopping?: boolean | undefined;
      applyFailure?: ApplyFailureReason | undefined;
      writeFailure?: WriteFailureReason | undefined;
    }
  | {
      step: 'done';
      origin: ImportOrigin;
      preview: ImportPreview;
      result: ImportResult;
      undo?: UndoState | undefined;
    };

export type ImportFlow = {
  state: ImportFlowState;
  readFile: (file: File, encoding?: string) => void;
  readPhoneContacts: (parsed: ParsedImport) => void;
  /** Reads the same file or contacts again (after a stale plan). */
  readAgain: () => void;
  confirm: (choices: ImportChoices) => void;
  /** Stops an import being written: nothing of it is kept (unless it was committing). */
  stopApply: () => void;
  /** Stops reading or leaves the preview; nothing is written. */
  cancel: () => void;
  /** Takes back the import with this batch id (the one on the summary). */
  undo: (batchId: string) => void;
  /** Stops the undo under way of this batch: the import then stays as it was. */
  stopUndo: (batchId: string) => void;
  /** Back to the start, for another import. */
  reset: () => void;
};

export type ImportFlowEvents = {
  onApplied?: ((result: ImportResult, origin: ImportOrigin) => void) | undefined;
  onUndone?: ((result: UndoImportResult) => void) | undefined;
};

export function originName(origin: ImportOrigin): string {
  return origin.kind === 'file' ? origin.file.name : '';
}

/** An undo under way: what it comes to, and a way to stop it. */
export type UndoRun = { result: Promise<UndoImportResult>; stop: () => void };

/** Why an undo did not happen, as undoImportInWorker's promise rejects with it. */
export type UndoFailure = { reason: UndoFailureReason; writeFailure?: WriteFailureReason };

/**
 * Undoes an import in a worker of its own (it reads and rewrites every person it added),
 * telling its progress (0–1) as it goes. The result rejects with an UndoFailure.
 */
export function undoImportInWorker(
  open: OpenChannel<ImportRequest, ImportResponse>,
  batchId: string,
  onProgress: (fraction: number) => void = () => undefined,
): UndoRun {
  let channel: Channel<ImportRequest> | undefined;
  const result = new Promise<UndoImportResult>((resolve, reject) => {
    const fail = (failure: UndoFailure) => {
      channel?.close();
      reject(Object.assign(new Error(`The import was not undone (${failure.reason}).`), failure));
    };
    channel = open(
      (response) => {
        if (response.type === 'write-progress') {
          onProgress(response.total > 0 ? response.done / response.total : 1);
        } else if (response.type === 'undone') {
          channel?.close();
          resolve(response.result);
        } else if (response.type === 'undo-failed') {
          fail({ reason: response.reason, writeFailure: response.writeFailure });
        }
      },
      () => {
        fail({ reason: 'write-failed' });
      },
    );
  });
  channel?.send({ type: 'undo', batchId });
  return {
    result,
    stop: () => {
      channel?.send({ type: 'cancel' });
    },
  };
}

/** Why undoImportInWorker failed, from the error its result rejected with. */
export function undoFailureOf(error: unknown): UndoFailure {
  const { reason, writeFailure } = (error ?? {}) as Partial<Record<keyof UndoFailure, unknown>>;
  const isKnown =
    reason === 'import-not-found' ||
    reason === 'already-undone' ||
    reason === 'stale-plan' ||
    reason === 'cancelled';
  return isKnown
    ? { reason }
    : {
        reason: 'write-failed',
        ...(writeFailure === 'out-of-space' || writeFailure === 'database-closed'
          ? { writeFailure }
          : {}),
      };
}

/** A failed undo may be tried again, unless there is nothing left to undo. */
export function canRetryUndo(failure: UndoFailure): boolean {
  return failure.reason === 'write-failed' || failure.reason === 'cancelled';
}

export function useImportFlow(
  open: OpenChannel<ImportRequest, ImportResponse>,
  events: ImportFlowEvents = {},
): ImportFlow {
  const [state, setState] = useState<ImportFlowState>({ step: 'idle' });
  const channelRef = useRef<Channel<ImportRequest> | undefined>(undefined);
  const eventsRef = useRef(events);
  useEffect(() => {
    eventsRef.current = events;
  });

  const close = useCallback(() => {
    channelRef.current?.close();
    channelRef.current = undefined;
  }, []);
  // Leaving the screen mid-read stops the worker.
  useEffect(() => close, [close]);

  const onResponse = useCallback(
    (origin: ImportOrigin, response: ImportResponse) => {
      switch (response.type) {
        case 'progress':
          setState((current) =>
            current.step === 'reading'
              ? { ...current, phase: response.phase, fraction: response.fraction }
              : current,
          );
          return;
        case 'preview':
          setState({ step: 'preview', origin, preview: response.preview, isApplying: false });
          return;
        case 'failed': {
          close();
          const { failure } = response;
          setState(
            failure.reason === 'not-utf8' && origin.kind === 'file'
              ? { step: 'choose-encoding', origin, failure }
              : { step: 'failed', origin, failure },
          );
          return;
        }
        case 'applied':
          close();
          setState((current) =>
            current.step === 'preview'
              ? { step: 'done', origin, preview: current.preview, result: response.result }
              : current,
          );
          eventsRef.current.onApplied?.(response.result, origin);
          return;
        case 'write-progress':
          setState((current) =>
            current.step === 'preview' && current.isApplying
              ? {
                  ...current,
                  applyFraction: response.total > 0 ? response.done / response.total : 1,
                }
              : current,
          );
          return;
        case 'apply-failed':
          setState((current) =>
            current.step === 'preview'
              ? {
                  ...current,
                  isApplying: false,
                  isStopping: false,
                  applyFraction: undefined,
                  applyFailure: response.reason,
                  writeFailure: response.writeFailure,
                }
              : current,
          );
          return;
        case 'undone':
        case 'undo-failed':
          return;
      }
    },
    [close],
  );

  const start = useCallback(
    (origin: ImportOrigin) => {
      close();
      if (origin.kind === 'file' && origin.file.size > IMPORT_MAX_BYTES) {
        const failure: ImportFailure = { reason: 'too-large', detail: String(origin.file.size) };
        setState({ step: 'failed', origin, failure });
        return;
      }
      setState({ step: 'reading', origin, phase: 'reading', fraction: 0 });
      const channel = open(
        (response) => {
          if (channelRef.current === channel) onResponse(origin, response);
        },
        () => {
          if (channelRef.current !== channel) return;
          close();
          setState({ step: 'failed', origin, failure: { reason: 'read-failed' } });
        },
      );
      channelRef.current = channel;
      if (origin.kind === 'phone') {
        channel.send({ type: 'read-people', parsed: origin.parsed, source: 'contact-picker' });
        return;
      }
      readBlobBytes(origin.file).then(
        (bytes) => {
          if (channelRef.current !== channel) return;
          channel.send({ type: 'read-file', bytes, encoding: origin.encoding }, [bytes]);
        },
        (error: unknown) => {
          if (channelRef.current !== channel) return;
          close();
          console.error('Ties could not read the file to import', error);
          setState({ step: 'failed', origin, failure: { reason: 'read-failed' } });
        },
      );
    },
    [close, onResponse, open],
  );

  const confirm = useCallback(
    (choices: ImportChoices) => {
      const channel = channelRef.current;
      if (state.step !== 'preview' || state.isApplying || !channel) return;
      setState({
        ...state,
        isApplying: true,
        applyFraction: 0,
        isStopping: false,
        applyFailure: undefined,
        writeFailure: undefined,
      });
      const fileName = originName(state.origin);
      // Asked here, on the main thread, because a worker cannot ask (import-engine.ts).
      requestPersistenceOnce()
        .catch((error: unknown) => {
          console.warn('Ties could not ask for persistent storage', error);
        })
        .finally(() => {
          if (channelRef.current === channel) channel.send({ type: 'confirm', choices, fileName });
        });
    },
    [state],
  );

  const stopApply = useCallback(() => {
    const channel = channelRef.current;
    if (state.step !== 'preview' || !state.isApplying || state.isStopping || !channel) return;
    setState({ ...state, isStopping: true });
    channel.send({ type: 'cancel' });
  }, [state]);

  // Undo can come from the summary's button or the toast's, even after leaving the screen;
  // each import is undone at most once at a time.
  const undoRunsRef = useRef(new Map<string, UndoRun>());
  const undo = useCallback(
    (batchId: string) => {
      if (undoRunsRef.current.has(batchId)) return;
      const update = (change: (current: UndoState | undefined) => UndoState | undefined) => {
        setState((current) =>
          current.step === 'done' && current.result.batchId === batchId
            ? { ...current, undo: change(current.undo) }
            : current,
        );
      };
      update(() => ({ status: 'undoing', fraction: 0, isStopping: false }));
      const run = undoImportInWorker(open, batchId, (fraction) => {
        update((current) => (current?.status === 'undoing' ? { ...current, fraction } : current));
      });
      undoRunsRef.current.set(batchId, run);
      run.result.then(
        (result) => {
          update(() => ({ status: 'undone', result }));
          eventsRef.current.onUndone?.(result);
        },
        (error: unknown) => {
          const failure = undoFailureOf(error);
          if (canRetryUndo(failure)) undoRunsRef.current.delete(batchId);
          update(() => ({ status: 'failed', ...failure }));
        },
      );
    },
    [open],
  );

  const stopUndo = useCallback((batchId: string) => {
    const run = undoRunsRef.current.get(batchId);
    if (!run) return;
    setState((current) =>
      current.step === 'done' && current.undo?.status === 'undoing'
        ? { ...current, undo: { ...current.undo, isStopping: true } }
        : current,
    );
    run.stop();
  }, []);

  const readAgain = useCallback(() => {
    if (state.step !== 'idle') start(state.origin);
  }, [start, state]);

  const cancel = useCallback(() => {
    close();
    setState({ step: 'idle' });
  }, [close]);

  return {
    state,
    readFile: useCallback(
      (file: File, encoding?: string) => {
        start({ kind: 'file', file, encoding });
      },
      [start],
    ),
    readPhoneContacts: useCallback(
      (parsed: ParsedImport) => {
        start({ kind: 'phone', parsed });
      },
      [start],
    ),
    readAgain,
    confirm,
    stopApply,
    cancel,
    undo,
    stopUndo,
    reset: cancel,
  };
}
