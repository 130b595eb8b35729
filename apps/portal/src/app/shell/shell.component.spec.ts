import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { AuthService, ORG_ROLES, type Role, roleGuard, SessionStore } from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';

import { ShellComponent } from './shell.component';

function setup(role: Role) {
  const logout = jest.fn().mockResolvedValue(undefined);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      {
        provide: AuthService,
        useValue: {
          user: signal({ id: 'u', name: 'Dustin Brinkmann', email: 'd@x.y', role, repId: null }),
          role: signal(role),
          logout,
        },
      },
    ],
  });
  TestBed.inject(I18nService).setLang('en');
  return { logout };
}

async function render() {
  const fixture = TestBed.createComponent(ShellComponent);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('ShellComponent', () => {
  beforeEach(() => localStorage.clear());

  it('should offer the performance pages, teams, reps and deals, and forecasts, with nothing left "soon", when the user is a manager', async () => {
    setup('MANAGER');
    const element = await render();

    expect(element.querySelector('[data-testid="nav-teams"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-reps"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-performance"]')?.textContent?.trim()).toBe('Leaderboard');
    expect(element.querySelector('[data-testid="nav-dashboard"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-comparison"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-goals"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-deals"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-imports"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-routing"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-me"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-tools"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-surveys"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-audit"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-forecasts"]')).not.toBeNull();
    // Forecasting was the last area to come: nothing is "soon" any more.
    expect(element.querySelectorAll('.soon-item')).toHaveLength(0);
    expect(element.querySelector('[data-testid="nav-comp-statements"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-comp-disputes"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-comp-plans"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-my-pay"]')).toBeNull();
    expect(element.querySelector('[data-testid="user-role"]')?.textContent).toBe('Manager');
  });

  it('should hide the admin pages when the user is a rep', async () => {
    setup('REP');
    const element = await render();

    expect(element.querySelector('[data-testid="nav-teams"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-reps"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-me"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-performance"]')?.textContent?.trim()).toBe(
      'My performance',
    );
    expect(element.querySelector('[data-testid="nav-goals"]')?.textContent?.trim()).toBe('My goals');
    expect(element.querySelector('[data-testid="nav-my-surveys"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-dashboard"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-comparison"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-deals"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-imports"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-my-pay"]')?.textContent?.trim()).toBe('My pay');
    expect(element.querySelector('[data-testid="nav-comp-statements"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-my-forecast"]')?.textContent?.trim()).toBe('My forecast');
    expect(element.querySelector('[data-testid="nav-forecasts"]')).toBeNull();
    expect(element.querySelectorAll('.soon-item')).toHaveLength(0);
  });

  it('should offer the imports and routing pages only when the user is an admin', async () => {
    setup('ADMIN');
    const element = await render();

    expect(element.querySelector('[data-testid="nav-deals"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-imports"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-routing"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-surveys"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-scorecard"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-audit"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-api-keys"]')).not.toBeNull();
  });

  it('should link admins to the API explorer in a new tab, and no one else', async () => {
    setup('ADMIN');
    const explorer = (await render()).querySelector<HTMLAnchorElement>('[data-testid="nav-api-explorer"]');
    expect(explorer?.getAttribute('href')).toBe('/graphiql');
    expect(explorer?.target).toBe('_blank');
    expect(explorer?.rel).toBe('noopener');
    expect(explorer?.getAttribute('aria-label')).toBe('API explorer (opens in a new tab)');
    TestBed.resetTestingModule();
    setup('MANAGER');
    expect((await render()).querySelector('[data-testid="nav-api-explorer"]')).toBeNull();
  });

  it('should sign out and go to the login page when logout is clicked', async () => {
    const { logout } = setup('ADMIN');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const element = await render();

    element.querySelector<HTMLButtonElement>('[data-testid="logout"]')?.click();
    await new Promise((resolve) => setTimeout(resolve));

    expect(logout).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith(['/login']);
  });

  it('should switch the language when the language button is clicked', async () => {
    setup('ADMIN');
    const element = await render();

    element.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]')?.click();
    await TestBed.inject(I18nService).ready();

    expect(TestBed.inject(I18nService).lang()).toBe('ko');
    // The button now offers the way back, named in English.
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.querySelector('[data-testid="lang-switch"]')?.textContent?.trim()).toBe('English');
  });
});

@Component({ selector: 'so-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankComponent {}

describe('ShellComponent arriving from a refused page', () => {
  function setupRep() {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'reps', component: BlankComponent, canActivate: [roleGuard(ORG_ROLES)] },
          { path: 'me', component: BlankComponent },
        ]),
        {
          provide: AuthService,
          useValue: { user: signal(null), role: signal<Role>('REP'), logout: jest.fn() },
        },
      ],
    });
    TestBed.inject(SessionStore).set({
      token: 't',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { id: 'u', name: 'Darcel', email: 'd@x.y', role: 'REP', repId: 'r1' },
    });
    TestBed.inject(I18nService).setLang('en');
    return jest.spyOn(TestBed.inject(MatSnackBar), 'open');
  }

  it('should say why a rep was brought to their profile when they opened a page for admins and managers', async () => {
    const open = setupRep();
    await render();

    await TestBed.inject(Router).navigateByUrl('/reps');
    await new Promise((resolve) => setTimeout(resolve));

    expect(TestBed.inject(Router).url).toBe('/me');
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith(
      'That page is for admins and managers; you were brought to your profile.',
      'Close',
      expect.objectContaining({ duration: expect.any(Number) }),
    );
    // Said once: the history entry no longer carries it, so a reload does not say it again.
    expect(TestBed.inject(Location).getState()).not.toHaveProperty('notice');
  });

  it('should say nothing when the navigation was not turned away', async () => {
    const open = setupRep();
    await render();

    await TestBed.inject(Router).navigateByUrl('/me');
    await new Promise((resolve) => setTimeout(resolve));

    expect(open).not.toHaveBeenCalled();
  });
});
