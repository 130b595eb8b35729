/** What the upload of an import file came to; the job itself is read back through GraphQL. */
export type UploadOutcome =
  { readonly ok: true } | { readonly ok: false; readonly code: string; readonly message: string };

export const IMPORTS_PATH = '/imports';

/**
 * PUTs the raw CSV of an import job. The API streams it and answers only when the whole file is
 * read: the finished job with 200, or `{ error: { code, message } }` with a 4xx.
 * Plain fetch, not HttpClient: the body is the File itself, so the browser streams it from disk.
 */
export async function uploadImportFile(
  jobId: string,
  file: Blob,
  token: string | null,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): Promise<UploadOutcome> {
  const headers: Record<string, string> = { 'content-type': 'text/csv' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetchFn(`${IMPORTS_PATH}/${encodeURIComponent(jobId)}`, {
      method: 'PUT',
      body: file,
      headers,
    });
  } catch (error) {
    return { ok: false, code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) return { ok: true };
  const body = await response.json().catch(() => null);
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    ok: false,
    code: typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`,
    message: typeof error?.message === 'string' ? error.message : response.statusText,
  };
}
