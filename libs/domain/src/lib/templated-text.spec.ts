import { templatedText } from './templated-text';

const CATALOGUE = {
  'greet.one': (p: { name: string }) => `Hello ${p.name}`,
  'greet.all': () => 'Hello everyone',
  'greet.many': (p: { names: readonly string[]; count: number }) =>
    `Hello ${p.names.join(' and ')} (${p.count})`,
} as const;

describe('templatedText', () => {
  const render = templatedText(CATALOGUE);

  it('should keep the key and the params beside the English they give', () => {
    expect(render('greet.one', { name: 'Ada' })).toEqual({
      key: 'greet.one',
      params: { name: 'Ada' },
      text: 'Hello Ada',
    });
  });

  it('should render each key with its own template when a catalogue has several', () => {
    expect(render('greet.many', { names: ['Ada', 'Lin'], count: 2 }).text).toBe('Hello Ada and Lin (2)');
    expect(render('greet.all', {})).toEqual({ key: 'greet.all', params: {}, text: 'Hello everyone' });
  });
});
