import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';

import { AppComponent } from './app.component';

@Component({
  selector: 'so-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>{{ 'nav.teams' | t }}</h1>`,
})
class PageComponent {}

describe('AppComponent', () => {
  it('should re-render the current page in the new language when the language changes', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'teams', component: PageComponent }])],
    });
    const i18n = TestBed.inject(I18nService);
    i18n.setLang('en');
    const fixture = TestBed.createComponent(AppComponent);
    await TestBed.inject(Router).navigateByUrl('/teams');
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('h1')?.textContent).toBe('Teams');

    await i18n.setLang('ko');
    await fixture.whenStable();

    expect(fixture.nativeElement.querySelector('h1')?.textContent).toBe('팀');
  });
});
