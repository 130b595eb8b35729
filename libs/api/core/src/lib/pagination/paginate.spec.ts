import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor, lazily } from './paginate';

describe('cursor', () => {
  const id = '0b5c4f7e-3f5b-4a53-9d3f-2f3f1b0c9a11';

  it('should round-trip the sort value and id when encoded and decoded', () => {
    expect(decodeCursor(encodeCursor('darcel schlecht', id))).toEqual(['darcel schlecht', id]);
  });

  it.each([
    '',
    'not-base64-json',
    Buffer.from('[1,2]').toString('base64url'),
    encodeCursor('x', 'not-a-uuid'),
  ])('should refuse %p with a coded error on the after field', (cursor) => {
    try {
      decodeCursor(cursor);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors[0]?.field).toBe('after');
    }
  });
});

describe('lazily', () => {
  it('should compute only when awaited, and once however often it is awaited', async () => {
    const compute = jest.fn(async () => 35);
    const count = lazily(compute);
    const copy = { ...{ totalCount: count } };
    expect(compute).not.toHaveBeenCalled();
    expect(await copy.totalCount).toBe(35);
    expect(await count).toBe(35);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('should pass a failed computation on to whoever awaits it', async () => {
    const count = lazily(async () => {
      throw new Error('count failed');
    });
    await expect(Promise.resolve(count)).rejects.toThrow('count failed');
  });
});
