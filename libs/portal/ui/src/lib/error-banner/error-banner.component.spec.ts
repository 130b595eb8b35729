import { TestBed } from '@angular/core/testing';

import { ErrorBannerComponent } from './error-banner.component';

describe('ErrorBannerComponent', () => {
  it('should render nothing when there are no messages and each message when there are', async () => {
    const fixture = TestBed.createComponent(ErrorBannerComponent);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[data-testid="error-banner"]')).toBeNull();

    fixture.componentRef.setInput('messages', ['Email already used', 'Team is gone']);
    await fixture.whenStable();
    const banner: HTMLElement = fixture.nativeElement.querySelector('[data-testid="error-banner"]');
    expect(banner.textContent).toContain('Email already used');
    expect(banner.querySelectorAll('p')).toHaveLength(2);
  });
});
