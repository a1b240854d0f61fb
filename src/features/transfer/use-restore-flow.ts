// Restoring a backup in two steps, both in the data-file worker: check the whole file and
// show what it would replace; then, only on confirmation, restore. The worker keeps the
// checked file between the two; cancelling ends it, and nothing has been written.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RestoreResult } from '../../db/backup';
import type {
  DataFileRequest,
  DataFileResponse,
  RestoreCheck,
  RestoreProblem,
} from '../../workers/data-file-protocol';
import { openSession, type OpenChannel, type Session } from './worker-channel';

export type RestoreFlowState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; problem: RestoreProblem }
  | { step: 'confirm'; fileName: string; check: RestoreCheck; isRestoring: boolean }
  | { step: 'restored'; result: RestoreResult }
  | { step: 'failed'; fileName: string };

export type RestoreFlow = {
  state: RestoreFlowState;
  check: (file: File) => void;
  restore: () => void;
  cancel: () => void;
};

export function useRestoreFlow(
  open: OpenChannel<DataFileRequest, DataFileResponse>,
  onRestored?: (result: RestoreResult) => void,
): RestoreFlow {
  const [state, setState] = useState<RestoreFlowState>({ step: 'idle' });
  const sessionRef = useRef<Session<DataFileRequest, DataFileResponse> | undefined>(undefined);
  const onRestoredRef = useRef(onRestored);
  useEffect(() => {
    onRestoredRef.current = onRestored;
  });

  const close = useCallback(() => {
    sessionRef.current?.close();
    sessionRef.current = undefined;
  }, []);
  useEffect(() => close, [close]);

  const check = useCallback(
    (file: File) => {
      close();
      const session = openSession(open);
      sessionRef.current = session;
      setState({ step: 'checking', fileName: file.name });
      session.ask({ type: 'check-restore', file }).then(
        (response) => {
          if (sessionRef.current !== session) return;
          if (response.type === 'restore-checked') {
            setState({
              step: 'confirm',
              fileName: file.name,
              check: response.check,
              isRestoring: false,
            });
            return;
          }
          close();
          const problem: RestoreProblem =
            response.type === 'restore-refused'
              ? response.problem
              : { reason: 'unreadable', details: {}, message: response.type };
          setState({ step: 'refused', fileName: file.name, problem });
        },
        (error: unknown) => {
          if (sessionRef.current !== session) return;
          close();
          const message = error instanceof Error ? error.message : String(error);
          setState({
            step: 'refused',
            fileName: file.name,
            problem: { reason: 'unreadable', details: {}, message },
          });
        },
      );
    },
    [close, open],
  );

  const restore = useCallback(() => {
    const session = sessionRef.current;
    if (state.step !== 'confirm' || state.isRestoring || !session) return;
    const { fileName } = state;
    setState({ ...state, isRestoring: true });
    session.ask({ type: 'restore' }).then(
      (response) => {
        close();
        if (response.type !== 'restored') {
          setState({ step: 'failed', fileName });
          return;
        }
        setState({ step: 'restored', result: response.result });
        onRestoredRef.current?.(response.result);
      },
      () => {
        close();
        setState({ step: 'failed', fileName });
      },
    );
  }, [close, state]);

  const cancel = useCallback(() => {
    close();
    setState({ step: 'idle' });
  }, [close]);

  return { state, check, restore, cancel };
}
