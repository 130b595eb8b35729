import { type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';

/**
 * Renders a page component for a spec (after TestBed is configured) with what page specs read it by:
 * `settle` lets the promises of a confirmation and a mutation run, then renders; `all` and `text` find
 * elements and their folded text by data-testid, in the page or within one element.
 */
export async function renderPage<T>(component: Type<T>) {
  const fixture = TestBed.createComponent(component);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
  };
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const all = (testId: string, scope: ParentNode = element) =>
    Array.from(scope.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const text = (testId: string, scope: ParentNode = element) =>
    all(testId, scope).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
  return { fixture, element, all, text, settle };
}
