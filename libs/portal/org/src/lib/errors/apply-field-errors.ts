import { type AbstractControl, type FormGroup } from '@angular/forms';
import { type FieldErrors } from '@salesops/portal/data-access';

/**
 * Marks the controls the API rejected, so mat-error shows next to them; the error clears
 * itself when the user edits the field (validators run again).
 */
export function applyFieldErrors(form: FormGroup, errors: FieldErrors): void {
  for (const [field, message] of Object.entries(errors)) {
    const control: AbstractControl | null = form.get(field);
    if (!control) continue;
    control.setErrors({ ...(control.errors ?? {}), server: message });
    control.markAsTouched();
  }
}
