import { TestBed } from '@angular/core/testing';

import { SEARCH_DEBOUNCE_MS, SearchBox } from './search-box';

describe('SearchBox', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('should give the typed text at once and the trimmed text once typing pauses', () => {
    const box = TestBed.runInInjectionContext(() => new SearchBox());

    box.control.setValue(' ann');
    expect(box.typed()).toBe(' ann');
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    box.control.setValue(' anna ');
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    expect(box.text()).toBe('');

    jest.advanceTimersByTime(1);
    expect(box.text()).toBe('anna');
  });

  it('should empty the field and the search at once when cleared, and search again for the same text', () => {
    const box = TestBed.runInInjectionContext(() => new SearchBox());
    box.control.setValue('anna');
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);

    box.clear();
    expect(box.control.value).toBe('');
    expect(box.typed()).toBe('');
    expect(box.text()).toBe('');

    box.control.setValue('anna');
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(box.text()).toBe('anna');
  });
});
