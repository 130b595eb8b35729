import { type AbstractControl, type FormGroup } from '@angular/forms';
import { type FieldErrors } from '@salesops/portal/data-access';

/**
 * Marks the controls the API rejected so mat-error shows next to them; the mark goes away when the
 * user edits the field (the validators run again). Returns the fields no control owns.
 */
export function applyFieldErrors(form: FormGroup, errors: FieldErrors): string[] {
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(errors)) {
    const control: AbstractControl | null = form.get(field);
    if (!control) {
      unplaced.push(message);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: message });
    control.markAsTouched();
  }
  return unplaced;
}
