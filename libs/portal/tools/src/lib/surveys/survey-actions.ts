import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import {
  DeleteSurveyGQL,
  notDeletedLines,
  shownErrors,
  SurveyAdminCloseGQL,
  SurveyAdminPublishGQL,
  type SurveyAdminRowFragment,
  toFieldErrors,
} from '@salesops/portal/data-access';
import { I18nService, type TranslationKey } from '@salesops/portal/i18n';
import { ConfirmDialogComponent, type ConfirmDialogData, confirmed } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { NewWaveDialogComponent, type NewWaveDialogData } from './new-wave-dialog.component';

export type ActionOutcome =
  | { readonly kind: 'done'; readonly survey: SurveyAdminRowFragment }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly messages: readonly string[] };

export type DeleteOutcome =
  | { readonly kind: 'deleted' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly messages: readonly string[] };

type Actionable = Pick<SurveyAdminRowFragment, 'id' | 'version' | 'title' | 'wave' | 'opensAt' | 'closesAt'>;

const FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  title: 'survey.field.title',
  opensAt: 'survey.field.opensAt',
  closesAt: 'survey.field.closesAt',
  toolIds: 'survey.field.tools',
  questions: 'survey.questions',
};

/**
 * Publish, close, new wave and deleting a draft, each behind its confirmation, for the list and the builder.
 * Failures come back as banner lines, a field's message prefixed with the field's name.
 */
@Injectable({ providedIn: 'root' })
export class SurveyActions {
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);
  private readonly publishGql = inject(SurveyAdminPublishGQL);
  private readonly closeGql = inject(SurveyAdminCloseGQL);
  private readonly deleteGql = inject(DeleteSurveyGQL);

  async publish(survey: Actionable): Promise<ActionOutcome> {
    const ok = await this.confirm({
      title: this.i18n.t('survey.publishTitle', { title: survey.title }),
      text: this.i18n.t('survey.publishText'),
      confirmLabel: this.i18n.t('survey.publish'),
      cancelLabel: this.i18n.t('common.cancel'),
    });
    if (!ok) return { kind: 'cancelled' };
    try {
      const result = await firstValueFrom(
        this.publishGql.mutate({ variables: { input: { id: survey.id, expectedVersion: survey.version } } }),
      );
      const published = result.data?.publishSurvey;
      return published
        ? { kind: 'done', survey: published }
        : { kind: 'failed', messages: [this.i18n.t('error.generic')] };
    } catch (error) {
      return { kind: 'failed', messages: this.messages(error) };
    }
  }

  async close(survey: Actionable): Promise<ActionOutcome> {
    const ok = await this.confirm({
      title: this.i18n.t('survey.closeTitle', { title: survey.title }),
      text: this.i18n.t('survey.closeText'),
      confirmLabel: this.i18n.t('survey.close'),
      cancelLabel: this.i18n.t('common.cancel'),
      danger: true,
    });
    if (!ok) return { kind: 'cancelled' };
    try {
      const result = await firstValueFrom(
        this.closeGql.mutate({ variables: { input: { id: survey.id, expectedVersion: survey.version } } }),
      );
      const closed = result.data?.closeSurvey;
      return closed
        ? { kind: 'done', survey: closed }
        : { kind: 'failed', messages: [this.i18n.t('error.generic')] };
    } catch (error) {
      return { kind: 'failed', messages: this.messages(error) };
    }
  }

  /** Opens the new wave dialog; the dialog shows its own errors. */
  async newWave(survey: Actionable): Promise<ActionOutcome> {
    const data: NewWaveDialogData = { survey };
    const created = await firstValueFrom(
      this.dialog
        .open<NewWaveDialogComponent, NewWaveDialogData, SurveyAdminRowFragment>(NewWaveDialogComponent, {
          data,
          width: '480px',
          maxWidth: '95vw',
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
    );
    return created ? { kind: 'done', survey: created } : { kind: 'cancelled' };
  }

  /**
   * Deletes a draft (never published, so nobody answered it) with its questions, after a confirmation.
   * The API refuses a published survey: it is closed instead, and the reason comes back as a banner line.
   */
  async deleteDraft(survey: Pick<SurveyAdminRowFragment, 'id' | 'title'>): Promise<DeleteOutcome> {
    const ok = await confirmed(this.dialog, {
      title: this.i18n.t('survey.deleteTitle', { title: survey.title }),
      text: this.i18n.t('survey.deleteText'),
      confirmLabel: this.i18n.t('survey.deleteDraft'),
      cancelLabel: this.i18n.t('common.cancel'),
      danger: true,
    });
    if (!ok) return { kind: 'cancelled' };
    try {
      await firstValueFrom(this.deleteGql.mutate({ variables: { id: survey.id } }));
      return { kind: 'deleted' };
    } catch (error) {
      const headline = this.i18n.t('survey.deleteFailed', { title: survey.title });
      return { kind: 'failed', messages: notDeletedLines(headline, error, this.messages(error)) };
    }
  }

  /** Banner lines for an error: the headline, then each field's message with the field's name. */
  messages(error: unknown): string[] {
    const banner = shownErrors(error, this.i18n).banner;
    const entries = Object.entries(toFieldErrors(error));
    if (entries.length === 0) return [...banner];
    return [
      banner[0],
      ...entries.map(([field, message]) => {
        const key = FIELD_LABELS[field.replace(/^survey\./, '').split('.')[0]];
        return key ? `${this.i18n.t(key)}: ${message}` : message;
      }),
    ];
  }

  private confirm(data: ConfirmDialogData): Promise<boolean | undefined> {
    return firstValueFrom(
      this.dialog
        .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
          data,
          width: '440px',
          maxWidth: '95vw',
        })
        .afterClosed(),
    );
  }
}
