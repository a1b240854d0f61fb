// Restoring a backup in two steps, both in the data-file worker: check the whole file and
// show what it would replace; then, only on confirmation, restore, with its progress. The
// worker keeps the checked file between the two; cancelling before the restore ends the
// worker, and nothing has been written. Cancelling during the restore asks the worker to
// stop before it commits, and the screen says what happened once the worker answers: a
// restore happens whole or not at all (db/writes/restore.ts), so the answer is either "stopped,
// nothing changed" or, when the cancel came too late, "restored".
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RestorePhase, RestoreResult } from '../../db/writes/restore';
import type { WriteErrorReason } from '../../db/write-errors';
import type {
  DataFileRequest,
  DataFileResponse,
  RestoreCheck,
  RestoreProblem,
} from '../../workers/data-file-protocol';
import type { Channel, OpenChannel } from './worker-channel';

export type RestoreFlowState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; problem: RestoreProblem }
  | { step: 'confirm'; fileName: string; check: RestoreCheck }
  | {
      step: 'restoring';
      fileName: string;
      phase: RestorePhase;
      /** 0–1 of every row to copy and write. */
      fraction: number;
      isCancelling: boolean;
    }
  | { step: 'restored'; result: RestoreResult }
  | { step: 'cancelled'; fileName: string }
  | { step: 'failed'; fileName: string; reason: WriteErrorReason };

export type RestoreFlow = {
  state: RestoreFlowState;
  check: (file: File) => void;
  restore: () => void;
  /** Leaves the check or the confirmation, or asks a restore in progress to stop. */
  cancel: () => void;
};

const UNREADABLE: RestoreProblem = { reason: 'unreadable', details: {} };

/** The state after a response of the worker; `fileName` is the file the flow is about. */
function nextState(
  current: RestoreFlowState,
  response: DataFileResponse,
  fileName: string,
): RestoreFlowState {
  switch (response.type) {
    case 'restore-checked':
      return current.step === 'checking'
        ? { step: 'confirm', fileName, check: response.check }
        : current;
    case 'restore-refused':
      return { step: 'refused', fileName, problem: response.problem };
    case 'restore-progress':
      return current.step === 'restoring'
        ? { ...current, phase: response.phase, fraction: response.fraction }
        : current;
    case 'restored':
      return { step: 'restored', result: response.result };
    case 'restore-cancelled':
      return { step: 'cancelled', fileName };
    case 'failed':
      return response.job === 'restore'
        ? { step: 'failed', fileName, reason: response.reason }
        : { step: 'refused', fileName, problem: UNREADABLE };
    default:
      return { step: 'refused', fileName, problem: UNREADABLE };
  }
}

/** Every answer but these ends the worker's part: the flow is over, or back at the start. */
function endsTheFlow(response: DataFileResponse): boolean {
  return response.type !== 'restore-checked' && response.type !== 'restore-progress';
}

export function useRestoreFlow(
  open: OpenChannel<DataFileRequest, DataFileResponse>,
  onRestored?: (result: RestoreResult) => void,
): RestoreFlow {
  const [state, setState] = useState<RestoreFlowState>({ step: 'idle' });
  const channelRef = useRef<Channel<DataFileRequest> | undefined>(undefined);
  const onRestoredRef = useRef(onRestored);
  useEffect(() => {
    onRestoredRef.current = onRestored;
  });

  const close = useCallback(() => {
    channelRef.current?.close();
    channelRef.current = undefined;
  }, []);
  // Leaving the screen ends the worker: a restore in progress then never commits.
  useEffect(() => close, [close]);

  const check = useCallback(
    (file: File) => {
      close();
      const fileName = file.name;
      const channel = open(
        (response) => {
          if (channelRef.current !== channel) return;
          if (endsTheFlow(response)) close();
          setState((current) => nextState(current, response, fileName));
          if (response.type === 'restored') onRestoredRef.current?.(response.result);
        },
        () => {
          if (channelRef.current !== channel) return;
          close();
          setState((current) =>
            current.step === 'restoring'
              ? { step: 'failed', fileName, reason: 'unknown' }
              : { step: 'refused', fileName, problem: UNREADABLE },
          );
        },
      );
      channelRef.current = channel;
      setState({ step: 'checking', fileName });
      channel.send({ type: 'check-restore', file });
    },
    [close, open],
  );

  const restore = useCallback(() => {
    const channel = channelRef.current;
    if (state.step !== 'confirm' || !channel) return;
    setState({
      step: 'restoring',
      fileName: state.fileName,
      phase: 'copying',
      fraction: 0,
      isCancelling: false,
    });
    channel.send({ type: 'restore' });
  }, [state]);

  const cancel = useCallback(() => {
    if (state.step === 'restoring') {
      if (state.isCancelling) return;
      setState({ ...state, isCancelling: true });
      channelRef.current?.send({ type: 'cancel-restore' });
      return;
    }
    close();
    setState({ step: 'idle' });
  }, [close, state]);

  return { state, check, restore, cancel };
}
