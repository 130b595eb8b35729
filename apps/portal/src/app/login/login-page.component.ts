import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { AuthService, errorCodeOf, homePath } from '@salesops/portal/data-access/session';
import { TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';

import { formFieldDefaults } from '../form-field-defaults';
import { LangSwitchComponent } from '../shell/lang-switch.component';

@Component({
  selector: 'so-login-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    LangSwitchComponent,
    TranslatePipe,
  ],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.scss',
})
export class LoginPageComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string>();
  readonly expired = input<string>();

  protected readonly busy = signal(false);
  protected readonly error = signal<TranslationKey | null>(null);
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    try {
      const user = await this.auth.login(email, password);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? homePath(user.role));
    } catch (error) {
      this.error.set(loginErrorKey(errorCodeOf(error)));
    } finally {
      this.busy.set(false);
    }
  }
}

export function loginErrorKey(code: string): TranslationKey {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'BAD_USER_INPUT':
      return 'auth.invalid';
    case 'NETWORK':
      return 'error.network';
    default:
      return 'error.generic';
  }
}

/** Only paths inside the portal, so a crafted link cannot send a user elsewhere after sign-in. */
function safeReturnUrl(url: string | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/login')) return null;
  return url;
}
