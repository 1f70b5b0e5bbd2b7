/**
 * Fetches a JSON file shipped with the build, relative to the page, with a time-out and
 * an abort signal. Errors say which file failed and why.
 */
export async function fetchJson(path: string, signal: AbortSignal, timeoutMs = 15_000): Promise<unknown> {
  const url = new URL(path, document.baseURI);
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  /** Says which file and why; the caller's own abort passes through untouched (it is not a failure). */
  const failure = (e: unknown): unknown => {
    if (timeout.aborted) return new Error(`${path}: no answer within ${timeoutMs / 1000} s`);
    if (signal.aborted) return e;
    return new Error(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  };
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, credentials: 'same-origin' });
  } catch (e) {
    throw failure(e);
  }
  if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
  try {
    return await response.json();
  } catch (e) {
    // The body can stall or break off too: the same time-out and wording cover it.
    throw e instanceof SyntaxError ? new Error(`${path}: the file is not valid JSON`) : failure(e);
  }
}
