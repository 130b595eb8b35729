import { plainArrayLiteral, textArrayLiteral } from './array-literal';

describe('plainArrayLiteral', () => {
  it('should write ids, dates and integers as they are and null as NULL', () => {
    expect(plainArrayLiteral(['0190a0b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b', null, '2017-10-01', '-12345'])).toBe(
      '{0190a0b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b,NULL,2017-10-01,-12345}',
    );
  });

  it('should give an empty array when there are no values', () => {
    expect(plainArrayLiteral([])).toBe('{}');
  });
});

describe('textArrayLiteral', () => {
  it('should quote every element and escape quotes and backslashes when text holds array syntax', () => {
    expect(textArrayLiteral(['a,b', 'say "hi"', 'back\\slash', '{x}', ' two words '])).toBe(
      '{"a,b","say \\"hi\\"","back\\\\slash","{x}"," two words "}',
    );
  });

  it('should keep an empty string and the text NULL apart from a null', () => {
    expect(textArrayLiteral(['', 'NULL', null])).toBe('{"","NULL",NULL}');
  });
});
