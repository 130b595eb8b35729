import { AppError } from '../errors/app-error';
import { RejectNulPipe } from './reject-nul.pipe';

describe('RejectNulPipe', () => {
  const pipe = new RejectNulPipe();

  it('should name the nested field holding a NUL character', () => {
    try {
      pipe.transform(
        { deals: [{ externalId: 'ok' }, { externalId: 'bad\u0000' }] },
        { type: 'body', data: 'input' },
      );
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors).toEqual([
        { field: 'deals.1.externalId', message: 'must not contain the NUL character' },
      ]);
    }
  });

  it('should pass clean values and leave non-plain objects such as the request alone', () => {
    const request = Object.assign(Object.create({ kind: 'request' }), { self: null as unknown });
    request.self = request;
    expect(pipe.transform({ name: 'Anna', tags: ['a', 'b'] }, { type: 'body', data: 'input' })).toEqual({
      name: 'Anna',
      tags: ['a', 'b'],
    });
    expect(pipe.transform(request, { type: 'custom' })).toBe(request);
  });
});
