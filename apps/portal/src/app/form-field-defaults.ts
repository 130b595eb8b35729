import { type Provider } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';

/**
 * Outlined form fields. Provided by the login page and by the shell's route, not the root: importing the token
 * brings the whole form field (and the CDK's a11y under it) into the first load, about 100 kB. The shell's
 * route also gives the signed-in pages their dialog service (MatDialogModule's providers), so a dialog, which
 * takes its injector from that service, sees this default too (docs/decisions/0031-first-load-without-the-shell.md).
 */
export const formFieldDefaults: Provider = {
  provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
  useValue: { appearance: 'outline' },
};
