/**
 * Fetches a JSON file shipped with the build, relative to the page, with a time-out and
 * an abort signal. Errors say which file failed and why.
 */
export async function fetchJson(path: string, signal: AbortSignal, timeoutMs = 15_000): Promise<unknown> {
  const url = new URL(path, document.baseURI);
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, credentials: 'same-origin' });
  } catch (e) {
    if (timeout.aborted) throw new Error(`${path}: no answer within ${timeoutMs / 1000} s`);
    throw e;
  }
  if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
  try {
    return await response.json();
  } catch (e) {
    // The body can stall too: the same time-out covers it.
    if (timeout.aborted) throw new Error(`${path}: no answer within ${timeoutMs / 1000} s`);
    if (signal.aborted) throw e;
    throw new Error(`${path}: the file is not valid JSON`);
  }
}
