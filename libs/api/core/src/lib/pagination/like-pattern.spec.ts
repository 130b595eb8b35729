import { likePattern } from './like-pattern';

describe('likePattern', () => {
  it('should escape LIKE wildcards so a search means its literal text', () => {
    expect(likePattern(' 50%_off\\ ')).toBe('%50\\%\\_off\\\\%');
  });
});
