import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import {
  DeletePlanDraftGQL,
  NewPlanVersionGQL,
  type PlanVersionDetailFragment,
  PublishPlanVersionGQL,
  RetirePlanVersionGQL,
} from '@salesops/portal/data-access';
import { I18nService } from '@salesops/portal/i18n';
import { ConfirmDialogComponent, type ConfirmDialogData } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

export type VersionAction = 'publish' | 'retire' | 'delete';

/** What happens to a version after it is saved: publish, retire, delete (each asked first), copy. */
@Injectable({ providedIn: 'root' })
export class PlanVersionActions {
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);
  private readonly publishGql = inject(PublishPlanVersionGQL);
  private readonly retireGql = inject(RetirePlanVersionGQL);
  private readonly deleteGql = inject(DeletePlanDraftGQL);
  private readonly newVersionGql = inject(NewPlanVersionGQL);

  /** Asks the admin to confirm; true when they do. */
  async confirm(action: VersionAction, version: PlanVersionDetailFragment): Promise<boolean> {
    const params = { plan: version.planName, number: version.number, from: version.effectiveFrom };
    const data: ConfirmDialogData = {
      title: this.i18n.t(`compEditor.confirm.${action}.title`, params),
      text: this.i18n.t(`compEditor.confirm.${action}.text`, params),
      confirmLabel: this.i18n.t(`compEditor.action.${action}`),
      cancelLabel: this.i18n.t('common.cancel'),
      danger: action !== 'publish',
    };
    const ref = this.dialog.open(ConfirmDialogComponent, { data, width: '480px', maxWidth: '95vw' });
    return Boolean(await firstValueFrom(ref.afterClosed()));
  }

  /** Runs a confirmed action: the version as it is now, or null once deleted. Rejects with the API's error. */
  async run(action: VersionAction, versionId: string): Promise<PlanVersionDetailFragment | null> {
    const variables = { input: { versionId } };
    if (action === 'delete') {
      await firstValueFrom(this.deleteGql.mutate({ variables }));
      return null;
    }
    const result =
      action === 'publish'
        ? (await firstValueFrom(this.publishGql.mutate({ variables }))).data?.publishPlanVersion
        : (await firstValueFrom(this.retireGql.mutate({ variables }))).data?.retirePlanVersion;
    return result ?? null;
  }

  /** A new draft copied from the plan's latest version. */
  async newVersion(planId: string): Promise<PlanVersionDetailFragment | null> {
    const result = await firstValueFrom(this.newVersionGql.mutate({ variables: { input: { planId } } }));
    return result.data?.newPlanVersion ?? null;
  }
}
