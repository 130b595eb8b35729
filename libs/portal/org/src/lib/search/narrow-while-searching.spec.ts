import { loadedFor, narrowWhileSearching } from './narrow-while-searching';

const page = loadedFor(
  {
    edges: [
      { node: { name: 'Darcel Schlecht', email: 'darcel.schlecht@salesops.demo' } },
      { node: { name: 'Anna Snelling', email: 'anna.snelling@salesops.demo' } },
    ],
  },
  null,
);
const texts = (rep: { name: string; email: string }) => [rep.name, rep.email];

describe('narrowWhileSearching', () => {
  it('should show the page as loaded when the typed text is the search it was loaded for', () => {
    expect(narrowWhileSearching(page, '', texts)).toHaveLength(2);
  });

  it('should narrow the rows on screen by name or email, any case, when a new search is pending', () => {
    expect(narrowWhileSearching(page, ' DARCEL', texts).map((rep) => rep.name)).toEqual(['Darcel Schlecht']);
    expect(narrowWhileSearching(page, 'snelling@', texts).map((rep) => rep.name)).toEqual(['Anna Snelling']);
  });

  it('should show nothing when there is no page yet', () => {
    expect(narrowWhileSearching(undefined, 'x', texts)).toEqual([]);
  });
});
