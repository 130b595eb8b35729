import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import {
  type ApiKeyRowFragment,
  ApiKeysGQL,
  DeleteApiKeyGQL,
  keptWhileLoading,
  RevokeApiKeyGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, LocalNumberPipe, TranslatePipe } from '@salesops/portal/i18n';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { firstValueFrom, map } from 'rxjs';

import { ApiKeyDialogComponent, type ApiKeyDialogResult } from './api-key-dialog.component';
import {
  apiKeyCsvColumns,
  apiKeysFileName,
  type ApiKeyStatus,
  formatLocalDateTime,
  formatLocalDay,
  keyStatus,
  scopeHint,
  scopeLabel,
  sortScopes,
  timeAgo,
} from './api-key-model';

const HIDE_INACTIVE_KEY = 'salesops.apiKeys.hideInactive';
const MINUTE = 60_000;

interface KeyRow {
  readonly key: ApiKeyRowFragment;
  readonly status: ApiKeyStatus;
  readonly scopes: readonly string[];
}

/**
 * Integrators' API keys for admins: the list with scopes, last use and status, a dialog that creates
 * a key and shows its secret once, revoking with a confirmation, and a CSV of the list.
 */
@Component({
  selector: 'so-api-keys-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatTableModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    LocalNumberPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './api-keys-page.component.html',
  styleUrls: ['../org-page.scss', './api-keys-page.component.scss'],
})
export class ApiKeysPageComponent {
  private readonly keysGql = inject(ApiKeysGQL);
  private readonly revokeGql = inject(RevokeApiKeyGQL);
  private readonly deleteGql = inject(DeleteApiKeyGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  // Status second: on a phone the table scrolls sideways, and whether a key works must show without scrolling.
  protected readonly columns = [
    'name',
    'status',
    'prefix',
    'scopes',
    'lastUsed',
    'expires',
    'created',
    'actions',
  ];
  /** Ticks every minute, so "5 minutes ago" and a key passing its expiry stay true while the page is open. */
  protected readonly now = signal(Date.now());
  protected readonly hideInactive = signal(readHideInactive());
  protected readonly actionErrors = signal<readonly string[]>([]);
  /** The key being revoked, so its button waits. */
  protected readonly revoking = signal<string | null>(null);

  protected readonly keys = rxResource({
    stream: () =>
      this.keysGql.fetch({ fetchPolicy: 'network-only' }).pipe(map((result) => result.data?.apiKeys ?? [])),
  });
  // Keep the list while it reloads after a change, so the table does not flicker.
  protected readonly list = keptWhileLoading(this.keys);
  private readonly allRows = computed<KeyRow[]>(() =>
    (this.list() ?? []).map((key) => ({
      key,
      status: keyStatus(key, this.now()),
      scopes: sortScopes(key.scopes),
    })),
  );
  protected readonly activeCount = computed(
    () => this.allRows().filter((row) => row.status === 'active').length,
  );
  protected readonly inactiveCount = computed(() => this.allRows().length - this.activeCount());
  protected readonly rows = computed(() =>
    this.hideInactive() ? this.allRows().filter((row) => row.status === 'active') : this.allRows(),
  );
  protected readonly loadErrors = computed(() =>
    this.keys.error() ? shownErrors(this.keys.error(), this.i18n).banner : [],
  );
  protected readonly banner = computed(() => [...this.loadErrors(), ...this.actionErrors()]);

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), MINUTE);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected scopeLabel(scope: string): string {
    return scopeLabel(scope, this.i18n);
  }

  protected scopeHint(scope: string): string {
    return scopeHint(scope, this.i18n);
  }

  protected statusLabel(status: ApiKeyStatus): string {
    return this.i18n.t(`apiKeys.status.${status}`);
  }

  protected day(value: string | null): string {
    return formatLocalDay(value, this.i18n.locale());
  }

  protected dateTime(value: string | null): string {
    return formatLocalDateTime(value, this.i18n.locale());
  }

  protected lastUsed(value: string | null): string {
    if (!value) return this.i18n.t('apiKeys.never');
    return timeAgo(value, this.now(), this.i18n.locale()) ?? this.i18n.t('apiKeys.justNow');
  }

  protected setHideInactive(hide: boolean): void {
    this.hideInactive.set(hide);
    try {
      localStorage.setItem(HIDE_INACTIVE_KEY, hide ? '1' : '0');
    } catch {
      // Storage can be disabled; the switch still works for this visit.
    }
  }

  protected retry(): void {
    this.actionErrors.set([]);
    this.keys.reload();
  }

  protected openCreateDialog(): void {
    this.actionErrors.set([]);
    this.dialog
      .open<ApiKeyDialogComponent, undefined, ApiKeyDialogResult>(ApiKeyDialogComponent, {
        width: '600px',
        maxWidth: 'calc(100vw - 24px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.snackBar.open(this.i18n.t('apiKeys.createdSnack', { name: result.apiKey.name }), undefined, {
          duration: 3000,
        });
        this.keys.reload();
      });
  }

  protected revoke(key: ApiKeyRowFragment): void {
    this.confirmThen(key, 'revoke', () =>
      firstValueFrom(this.revokeGql.mutate({ variables: { id: key.id } })),
    );
  }

  /** A spent key (revoked or expired) can be deleted; the API refuses an active one. */
  protected remove(key: ApiKeyRowFragment): void {
    this.confirmThen(key, 'delete', () =>
      firstValueFrom(this.deleteGql.mutate({ variables: { id: key.id } })),
    );
  }

  private confirmThen(
    key: ApiKeyRowFragment,
    action: 'revoke' | 'delete',
    run: () => Promise<unknown>,
  ): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t(action === 'revoke' ? 'apiKeys.revokeTitle' : 'apiKeys.deleteTitle', {
        name: key.name,
      }),
      text: this.i18n.t(action === 'revoke' ? 'apiKeys.revokeText' : 'apiKeys.deleteText', {
        prefix: key.prefix,
      }),
      confirmLabel: this.i18n.t(action === 'revoke' ? 'apiKeys.revoke' : 'apiKeys.delete'),
      cancelLabel: this.i18n.t('common.cancel'),
      danger: true,
    };
    this.dialog
      .open(ConfirmDialogComponent, { data, width: '440px', maxWidth: 'calc(100vw - 24px)' })
      .afterClosed()
      .subscribe(async (confirmed: unknown) => {
        if (!confirmed) return;
        this.actionErrors.set([]);
        this.revoking.set(key.id);
        try {
          await run();
          const done = action === 'revoke' ? 'apiKeys.revoked' : 'apiKeys.deleted';
          this.snackBar.open(this.i18n.t(done, { name: key.name }), undefined, {
            duration: 3000,
          });
        } catch (error) {
          this.actionErrors.set(shownErrors(error, this.i18n).banner);
        } finally {
          this.revoking.set(null);
          // Revoked or not, the list shows what the API now holds (someone else may have revoked it).
          this.keys.reload();
        }
      });
  }

  protected exportCsv(): void {
    const rows = this.rows().map((row) => row.key);
    downloadCsv(apiKeysFileName(), toCsv(apiKeyCsvColumns(this.i18n, this.now()), rows));
  }
}

function readHideInactive(): boolean {
  try {
    return localStorage.getItem(HIDE_INACTIVE_KEY) === '1';
  } catch {
    return false;
  }
}
