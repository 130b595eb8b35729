import { type MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

import { ConfirmDialogComponent, type ConfirmDialogData } from './confirm-dialog.component';

/** Opens the confirmation and resolves true only when the user confirmed (false on cancel or Escape). */
export async function confirmed(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const ref = dialog.open(ConfirmDialogComponent, { data, width: '440px', maxWidth: 'calc(100vw - 24px)' });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
