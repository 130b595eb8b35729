import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { DashboardUrlStore, URL_SYNC } from './dashboard-url.store';

// The store lives with its page, as on the dashboard.
@Component({ template: '', providers: [DashboardUrlStore], changeDetection: ChangeDetectionStrategy.OnPush })
class PageComponent {
  readonly store = inject(DashboardUrlStore);
}

async function open(url: string) {
  TestBed.configureTestingModule({
    providers: [provideRouter([{ path: 'dashboard', component: PageComponent }])],
  });
  const harness = await RouterTestingHarness.create();
  const page = await harness.navigateByUrl(url, PageComponent);
  const router = TestBed.inject(Router);
  const stable = async () => {
    harness.detectChanges();
    await harness.fixture.whenStable();
  };
  await stable();
  return { harness, store: page.store, router, stable };
}

describe('DashboardUrlStore', () => {
  it('should start on the period and the team of the URL', async () => {
    const { store, router } = await open('/dashboard?period=FY2017-Q3&team=east');

    expect(store.periodKey()).toBe('FY2017-Q3');
    expect(store.selection()).toEqual({ kind: 'team', teamId: 'east' });
    expect(router.url).toBe('/dashboard?period=FY2017-Q3&team=east');
  });

  it('should fall back to the default year and write it into the URL when the period is not one', async () => {
    const { store, router } = await open('/dashboard?period=nonsense');

    expect(store.periodKey()).toBe('FY2017');
    expect(store.selection()).toBeNull();
    expect(router.url).toBe('/dashboard?period=FY2017');
  });

  it('should keep the selected team, or a selected rep’s team, in the URL', async () => {
    const { store, router, stable } = await open('/dashboard?period=FY2017');

    store.selectTeam('east');
    await stable();
    expect(router.url).toBe('/dashboard?period=FY2017&team=east');

    store.selectRep('alpha', 'r1');
    await stable();
    expect(store.selection()).toEqual({ kind: 'rep', repId: 'r1', teamId: 'alpha' });
    expect(router.url).toBe('/dashboard?period=FY2017&team=alpha');

    store.clearSelection();
    await stable();
    expect(router.url).toBe('/dashboard?period=FY2017');
  });

  it('should go back to everything when the selected team is picked again', async () => {
    const { store } = await open('/dashboard?period=FY2017&team=east');

    store.selectTeam('east');
    expect(store.selection()).toBeNull();
  });

  it('should follow a link to another period and team while the page is open', async () => {
    const { harness, store, router, stable } = await open('/dashboard?period=FY2017');

    const page = await harness.navigateByUrl('/dashboard?period=FY2016-Q2&team=west', PageComponent);
    await stable();

    expect(page.store).toBe(store);
    expect(store.periodKey()).toBe('FY2016-Q2');
    expect(store.selection()).toEqual({ kind: 'team', teamId: 'west' });
    expect(router.url).toBe('/dashboard?period=FY2016-Q2&team=west');
  });

  it('should not read its own URL updates back as links to follow', async () => {
    const { store, router, stable } = await open('/dashboard?period=FY2017');

    // As an update of the page's that lands after the period moved on: it must not move it back.
    await router.navigate(['/dashboard'], {
      queryParams: { period: 'FY2015', team: 'west' },
      state: { [URL_SYNC]: true },
    });
    await stable();

    expect(store.periodKey()).toBe('FY2017');
    expect(store.selection()).toBeNull();
  });
});
