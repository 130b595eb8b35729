import { getTestBed } from '@angular/core/testing';
import { addTextsToTestEnvironment } from '@salesops/portal/i18n';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

import { orgTexts } from './lib/i18n/org-texts';

setupZonelessTestEnv();
// Specs render the area's pieces without its routes, which is where the app gets the area's texts.
addTextsToTestEnvironment(getTestBed(), orgTexts);
