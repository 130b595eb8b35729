import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';
import { type Observable, of, throwError } from 'rxjs';

import { type PagedConnection, PagedList } from './paged-list';
import { PagedListComponent } from './paged-list.component';
import { SearchBox } from './search-box';

type Connection = PagedConnection<{ readonly name: string }>;

const PAGE: Connection = {
  totalCount: 1234,
  pageInfo: { endCursor: 'c1', hasNextPage: true },
  edges: [{ node: { name: 'Ann' } }, { node: { name: 'Bob' } }],
};
const EMPTY: Connection = { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, edges: [] };

let answer: () => Observable<Connection> = () => of(PAGE);

@Component({
  selector: 'so-test-host',
  imports: [PagedListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <so-paged-list
      testId="people"
      [list]="list"
      [search]="search"
      searchLabel="Search people"
      emptyMessage="No people yet."
      [filtered]="filtered()"
      [errorMessage]="errorMessage()"
      (retry)="retried = retried + 1"
    >
      <button type="button" data-testid="own-filter">Mine</button>
      <p so-list-note data-testid="own-note">A note</p>
      <table data-testid="own-table">
        @for (row of list.rows(); track row.name) {
          <tr data-testid="row">
            <td>{{ row.name }}</td>
          </tr>
        }
      </table>
    </so-paged-list>
  `,
})
class HostComponent {
  readonly search = new SearchBox();
  readonly filtered = signal(false);
  readonly errorMessage = signal('');
  readonly load = jest.fn(() => answer());
  readonly list = new PagedList({ query: () => ({ search: this.search.text() }), load: this.load });
  retried = 0;
}

async function render() {
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(HostComponent);
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const one = (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const text = (testId: string) => one(testId)?.textContent?.replace(/\s+/g, ' ').trim();
  return { fixture, host: fixture.componentInstance, element, one, text, settle };
}

describe('PagedListComponent', () => {
  beforeEach(() => {
    answer = () => of(PAGE);
  });

  it('should frame the search, the page filters, notes and table, and say the total and the page', async () => {
    const { element, one, text } = await render();

    const search = one('people-search') as HTMLInputElement;
    expect(search.type).toBe('search');
    expect(element.querySelector('mat-label')?.textContent?.trim()).toBe('Search people');
    expect(one('own-filter')?.closest('.toolbar')).not.toBeNull();
    expect(one('own-note')?.closest('.toolbar')).toBeNull();
    expect(one('own-table')?.parentElement?.classList).toContain('table-scroll');
    expect(element.querySelectorAll('[data-testid="row"]')).toHaveLength(2);
    expect(text('people-total')).toBe('1,234 in total');
    expect(element.textContent).toContain('Page 1');
    expect(one('people-empty')).toBeNull();
    expect(one('paginator-prev')?.hasAttribute('disabled')).toBe(true);
  });

  it('should page forward with the end cursor and back', async () => {
    const { host, one, settle, element } = await render();

    one('paginator-next')?.click();
    await settle();
    expect(host.load).toHaveBeenLastCalledWith(expect.objectContaining({ after: 'c1' }));
    expect(element.textContent).toContain('Page 2');

    one('paginator-prev')?.click();
    await settle();
    expect(host.load).toHaveBeenLastCalledWith(expect.objectContaining({ after: null }));
    expect(element.textContent).toContain('Page 1');
  });

  it('should search what is typed once typing pauses, from the first page', async () => {
    const { host, one, settle } = await render();
    one('paginator-next')?.click();
    await settle();

    const search = one('people-search') as HTMLInputElement;
    search.value = ' bob ';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();
    expect(host.load).toHaveBeenLastCalledWith({ search: 'bob', first: 20, after: null });
  });

  it('should say the list is empty, or that nothing matches when something narrows it', async () => {
    answer = () => of(EMPTY);
    const { host, text, settle } = await render();
    expect(text('people-empty')).toBe('No people yet.');

    host.filtered.set(true);
    await settle();
    expect(text('people-empty')).toBe('Nothing matches your search.');
  });

  it('should show the error state with a retry only when the page gives its message', async () => {
    answer = () => throwError(() => new Error('offline'));
    const { host, one, text, settle } = await render();
    expect(one('people-error')).toBeNull();
    expect(one('people-empty')).toBeNull();

    host.errorMessage.set('The people could not be loaded.');
    await settle();
    expect(text('people-error')).toContain('The people could not be loaded.');
    (one('people-error')?.querySelector('button') as HTMLButtonElement).click();
    expect(host.retried).toBe(1);
  });
});
