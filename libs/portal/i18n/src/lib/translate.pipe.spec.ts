import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { I18nService } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

@Component({
  selector: 'so-host',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span>{{ 'common.total' | t: { count: 42 } }}</span>`,
})
class HostComponent {}

describe('TranslatePipe', () => {
  beforeEach(() => localStorage.clear());

  it('should render the Korean text with its parameters when the language is ko', async () => {
    await TestBed.inject(I18nService).setLang('ko');
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('총 42건');
  });

  it('should render the English text when the language is en', async () => {
    TestBed.inject(I18nService).setLang('en');
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toBe('42 in total');
  });
});
