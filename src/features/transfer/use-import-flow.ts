// The import flow as one state machine: pick → read (progress) → [pick an encoding] →
// preview → confirm → summary with Undo. Every step's data is UI state; the plan itself stays
// in the worker (workers/import-engine.ts), and nothing is written before a confirm.
import { useCallback, useEffect, useRef, useState } from 'react';
import { requestPersistenceOnce } from '../../db/storage';
import type { ImportResult, UndoImportResult } from '../../db/imports';
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
import { askOnce, type Channel, type OpenChannel } from './worker-channel';

/** Where the people come from: a file (read again with another encoding) or the phone. */
export type ImportOrigin =
  | { kind: 'file'; file: File; encoding?: string | undefined }
  | { kind: 'phone'; parsed: ParsedImport };

export type UndoState =
  | { status: 'undoing' }
  | { status: 'undone'; result: UndoImportResult }
  | { status: 'failed'; reason: UndoFailureReason };

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
      applyFailure?: ApplyFailureReason | undefined;
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
  /** Stops reading or leaves the preview; nothing is written. */
  cancel: () => void;
  /** Takes back the import with this batch id (the one on the summary). */
  undo: (batchId: string) => void;
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

/** Undoes an import in a worker of its own (it reads and rewrites every person it added). */
export async function undoImportInWorker(
  open: OpenChannel<ImportRequest, ImportResponse>,
  batchId: string,
): Promise<UndoImportResult> {
  const response = await askOnce(open, { type: 'undo', batchId });
  if (response.type === 'undone') return response.result;
  const reason = response.type === 'undo-failed' ? response.reason : 'write-failed';
  throw Object.assign(new Error(`The import could not be undone (${reason}).`), { reason });
}

/** Why undoImportInWorker failed, from the error it threw. */
export function undoReasonOf(error: unknown): UndoFailureReason {
  const reason = (error as { reason?: unknown } | undefined)?.reason;
  return reason === 'not-found' || reason === 'already-undone' || reason === 'stale-plan'
    ? reason
    : 'write-failed';
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
        case 'apply-failed':
          setState((current) =>
            current.step === 'preview'
              ? { ...current, isApplying: false, applyFailure: response.reason }
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
        const failure: ImportFailure = {
          reason: 'too-large',
          detail: String(origin.file.size),
          message: 'The file is too large.',
        };
        setState({ step: 'failed', origin, failure });
        return;
      }
      setState({ step: 'reading', origin, phase: 'reading', fraction: 0 });
      const channel = open(
        (response) => {
          if (channelRef.current === channel) onResponse(origin, response);
        },
        (message) => {
          if (channelRef.current !== channel) return;
          close();
          setState({ step: 'failed', origin, failure: { reason: 'read-failed', message } });
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
          const message = error instanceof Error ? error.message : String(error);
          setState({ step: 'failed', origin, failure: { reason: 'read-failed', message } });
        },
      );
    },
    [close, onResponse, open],
  );

  const confirm = useCallback(
    (choices: ImportChoices) => {
      const channel = channelRef.current;
      if (state.step !== 'preview' || state.isApplying || !channel) return;
      setState({ ...state, isApplying: true, applyFailure: undefined });
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

  // Undo can come from the summary's button or the toast's, even after leaving the screen;
  // each import is undone at most once.
  const undoStartedRef = useRef(new Set<string>());
  const undo = useCallback(
    (batchId: string) => {
      if (undoStartedRef.current.has(batchId)) return;
      undoStartedRef.current.add(batchId);
      const update = (undoState: UndoState) => {
        setState((current) =>
          current.step === 'done' && current.result.batchId === batchId
            ? { ...current, undo: undoState }
            : current,
        );
      };
      update({ status: 'undoing' });
      undoImportInWorker(open, batchId).then(
        (result) => {
          update({ status: 'undone', result });
          eventsRef.current.onUndone?.(result);
        },
        (error: unknown) => {
          const reason = undoReasonOf(error);
          // A failed undo may be tried again, unless there is nothing left to undo.
          if (reason === 'write-failed') undoStartedRef.current.delete(batchId);
          update({ status: 'failed', reason });
        },
      );
    },
    [open],
  );

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
    cancel,
    undo,
    reset: cancel,
  };
}
