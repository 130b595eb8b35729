import { arrivalNotice, withoutNotice } from './arrival-notice';

describe('arrivalNotice', () => {
  it('should read the notice when the navigation state carries a known text', () => {
    expect(arrivalNotice({ notice: 'access.forStaff.toMe' })).toBe('access.forStaff.toMe');
  });

  it('should find none when the state has no notice, an unknown one, or is not an object', () => {
    expect(arrivalNotice(undefined)).toBeNull();
    expect(arrivalNotice(null)).toBeNull();
    expect(arrivalNotice({ navigationId: 3 })).toBeNull();
    expect(arrivalNotice({ notice: 'not.a.key' })).toBeNull();
    expect(arrivalNotice({ notice: 'toString' })).toBeNull();
    expect(arrivalNotice({ notice: 42 })).toBeNull();
  });
});

describe('withoutNotice', () => {
  it("should keep the router's own entries when it drops the notice", () => {
    expect(withoutNotice({ notice: 'access.elsewhere', navigationId: 4, ɵrouterPageId: 2 })).toEqual({
      navigationId: 4,
      ɵrouterPageId: 2,
    });
    expect(withoutNotice(null)).toEqual({});
  });
});
