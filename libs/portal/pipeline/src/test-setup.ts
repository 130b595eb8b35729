import { getTestBed } from '@angular/core/testing';
import { addTextsToTestEnvironment } from '@salesops/portal/i18n';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

import { pipelineTexts } from './lib/i18n/pipeline-texts';

setupZonelessTestEnv();
// Specs render the area's pieces without its routes, which is where the app gets the area's texts.
addTextsToTestEnvironment(getTestBed(), pipelineTexts);
