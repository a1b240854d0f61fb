/**
 * Runs a bench page's job and writes its outcome where the benchmark script reads it:
 * #state becomes "done" or "failed", #result the JSON result or the error.
 */
export function reportState(job: () => Promise<unknown>): void {
  const stateElement = document.getElementById('state');
  const resultElement = document.getElementById('result');
  job().then(
    (result) => {
      if (resultElement) resultElement.textContent = JSON.stringify(result);
      if (stateElement) stateElement.textContent = 'done';
    },
    (error: unknown) => {
      if (resultElement) resultElement.textContent = String(error);
      if (stateElement) stateElement.textContent = 'failed';
    },
  );
}
