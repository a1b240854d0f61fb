// A two-way line to a worker, as the Your data screen uses it: requests out, responses in,
// and a crash reported once. The screens talk to workers only through an OpenChannel, so
// component tests can hand them one that runs the same engine in-process instead.

export type Channel<Request> = {
  send: (request: Request, transfer?: Transferable[]) => void;
  /** Ends the worker; whatever it was doing stops (nothing is written before a confirm). */
  close: () => void;
};

/** onCrash: the worker stopped or sent what cannot be read (the cause is logged, not shown). */
export type OpenChannel<Request, Response> = (
  onResponse: (response: Response) => void,
  onCrash: () => void,
) => Channel<Request>;

/** Opens a channel on a new worker each time; `startWorker` names the worker's module. */
export function workerChannel<Request, Response>(
  startWorker: () => Worker,
): OpenChannel<Request, Response> {
  return (onResponse, onCrash) => {
    const worker = startWorker();
    worker.addEventListener('message', (event: MessageEvent<Response>) => {
      onResponse(event.data);
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      console.error('A Ties worker stopped', event.message);
      onCrash();
    });
    worker.addEventListener('messageerror', () => {
      console.error('A message from a Ties worker could not be read');
      onCrash();
    });
    return {
      send: (request, transfer = []) => {
        worker.postMessage(request, transfer);
      },
      close: () => {
        worker.terminate();
      },
    };
  };
}

/** A channel used one question at a time: each request is answered by one response. */
export type Session<Request, Response> = {
  ask: (request: Request) => Promise<Response>;
  close: () => void;
};

export function openSession<Request, Response>(
  open: OpenChannel<Request, Response>,
): Session<Request, Response> {
  let waiting:
    { resolve: (response: Response) => void; reject: (error: Error) => void } | undefined;
  const settle = (outcome: { response: Response } | { error: Error }) => {
    const current = waiting;
    waiting = undefined;
    if (!current) return;
    if ('response' in outcome) current.resolve(outcome.response);
    else current.reject(outcome.error);
  };
  const channel = open(
    (response) => {
      settle({ response });
    },
    () => {
      settle({ error: new Error('The worker stopped.') });
    },
  );
  return {
    ask: (request) =>
      new Promise<Response>((resolve, reject) => {
        waiting = { resolve, reject };
        channel.send(request);
      }),
    close: () => {
      settle({ error: new Error('Closed.') });
      channel.close();
    },
  };
}

/** Asks one question of a fresh worker and ends it once answered. */
export async function askOnce<Request, Response>(
  open: OpenChannel<Request, Response>,
  request: Request,
): Promise<Response> {
  const session = openSession(open);
  try {
    return await session.ask(request);
  } finally {
    session.close();
  }
}
