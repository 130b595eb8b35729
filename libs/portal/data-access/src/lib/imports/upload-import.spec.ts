import { uploadImportFile } from './upload-import';

function answer(status: number, body: unknown): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: 'Status text',
    json: () => (body === undefined ? Promise.reject(new Error('no json')) : Promise.resolve(body)),
  } as Response;
}

describe('uploadImportFile', () => {
  const file = new Blob(['opportunity_id,deal_stage\n'], { type: 'text/csv' });

  it('should PUT the raw file with the token and csv content type when uploading', async () => {
    const fetchFn = jest.fn().mockResolvedValue(answer(200, { id: 'j1', status: 'SUCCEEDED' }));

    await expect(uploadImportFile('j1', file, 'tok', fetchFn)).resolves.toEqual({ ok: true });

    expect(fetchFn).toHaveBeenCalledWith('/imports/j1', {
      method: 'PUT',
      body: file,
      headers: { 'content-type': 'text/csv', authorization: 'Bearer tok' },
    });
  });

  it('should hand back the API error code and message when the API refuses the file', async () => {
    const fetchFn = jest
      .fn()
      .mockResolvedValue(answer(404, { error: { code: 'NOT_FOUND', message: 'Import job not found' } }));

    await expect(uploadImportFile('j1', file, 'tok', fetchFn)).resolves.toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message: 'Import job not found',
    });
  });

  it('should report the HTTP status when the answer is not JSON', async () => {
    const fetchFn = jest.fn().mockResolvedValue(answer(502, undefined));
    await expect(uploadImportFile('j1', file, null, fetchFn)).resolves.toMatchObject({ code: 'HTTP_502' });
  });

  it('should report NETWORK when the server cannot be reached', async () => {
    const fetchFn = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(uploadImportFile('j1', file, 'tok', fetchFn)).resolves.toEqual({
      ok: false,
      code: 'NETWORK',
      message: 'Failed to fetch',
    });
  });
});
