import { type EnvironmentProviders, inject, NgModule, provideEnvironmentInitializer } from '@angular/core';
import { type TestBed } from '@angular/core/testing';
import { type ResolveFn } from '@angular/router';

import { I18nService } from './i18n.service';
import { type AreaTexts } from './texts';

/**
 * For an area's parent route: its pages wait until the area's texts are here in the language shown (the
 * Korean chunk is fetched then, the first time). A resolver, because the router runs it after the guards
 * and activates the route only once it settles; a set that cannot be fetched leaves the area in English.
 */
export function resolveTexts(...sets: AreaTexts[]): ResolveFn<true> {
  return () =>
    inject(I18nService)
      .showTexts(...sets)
      .then(() => true as const);
}

/** Gives every injector built with it these texts, as the area's route does: for specs of an area's pieces. */
export function provideTexts(...sets: AreaTexts[]): EnvironmentProviders {
  return provideEnvironmentInitializer(() => void inject(I18nService).showTexts(...sets));
}

/**
 * For an area's `test-setup.ts`: every test module, one made again by `resetTestingModule` too, gets these
 * texts from the test environment, as the area's route gives them to its pages.
 */
export function addTextsToTestEnvironment(testBed: TestBed, ...sets: AreaTexts[]): void {
  const { ngModule, platform } = testBed;
  class AreaTextsModule {}
  NgModule({ providers: [provideTexts(...sets)] })(AreaTextsModule);
  testBed.resetTestEnvironment();
  testBed.initTestEnvironment([ngModule, AreaTextsModule].flat(), platform);
}
