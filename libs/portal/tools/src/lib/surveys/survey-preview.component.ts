import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { SCORE_RANGE } from '@salesops/domain';
import { TranslatePipe } from '@salesops/portal/i18n';

import { SurveyDateTimePipe } from './survey-format';
import { fromLocalInput, isChoice, type SurveyDraft } from './survey-model';

interface PreviewQuestion {
  readonly number: number;
  readonly kind: SurveyDraft['questions'][number]['kind'];
  readonly prompt: string;
  readonly required: boolean;
  readonly toolName: string | null;
  readonly options: readonly string[];
  readonly scores: readonly number[];
  readonly topic: SurveyDraft['questions'][number]['textTopic'];
}

function range(kind: 'CSAT' | 'NPS'): number[] {
  const [low, high] = SCORE_RANGE[kind];
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/**
 * The survey as a rep will see it, read-only: the builder's current values, question by question.
 * Nothing here can be answered; it only shows the shape of the form.
 */
@Component({
  selector: 'so-survey-preview',
  imports: [SurveyDateTimePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="sheet" data-testid="survey-preview" [attr.aria-label]="'survey.preview' | t">
      <header>
        <h3 class="title" data-testid="preview-title">
          {{ draft().title.trim() || ('survey.untitled' | t) }}
        </h3>
        @if (draft().description.trim()) {
          <p class="description">{{ draft().description.trim() }}</p>
        }
        <p class="meta">
          {{ (draft().anonymous ? 'survey.previewAnonymous' : 'survey.previewNamed') | t }}
          @if (closesAt()) {
            · {{ 'survey.previewCloses' | t: { date: (closesAt() | surveyDateTime) } }}
          }
        </p>
        @if (toolNames()) {
          <p class="meta">{{ 'survey.previewAbout' | t: { tools: toolNames() } }}</p>
        }
      </header>

      @for (q of questions(); track $index) {
        <section class="question" data-testid="preview-question" [attr.data-kind]="q.kind">
          <p class="prompt">
            <span class="number">{{ q.number }}.</span>
            {{ q.prompt || ('survey.noPrompt' | t) }}
            @if (q.required) {
              <span class="required" [attr.aria-label]="'survey.required' | t">*</span>
            }
          </p>
          @if (q.toolName) {
            <p class="tool">{{ q.toolName }}</p>
          }
          @switch (q.kind) {
            @case ('CSAT') {
              <div class="scale csat" role="radiogroup" aria-disabled="true">
                @for (score of q.scores; track score) {
                  <span class="score" role="radio" aria-checked="false" aria-disabled="true">{{
                    score
                  }}</span>
                }
              </div>
              <div class="ends">
                <span>{{ 'survey.csatLow' | t }}</span><span>{{ 'survey.csatHigh' | t }}</span>
              </div>
            }
            @case ('NPS') {
              <div class="scale nps" role="radiogroup" aria-disabled="true">
                @for (score of q.scores; track score) {
                  <span class="score" role="radio" aria-checked="false" aria-disabled="true">{{
                    score
                  }}</span>
                }
              </div>
              <div class="ends">
                <span>{{ 'survey.npsLow' | t }}</span><span>{{ 'survey.npsHigh' | t }}</span>
              </div>
            }
            @case ('TEXT') {
              <div class="textarea" aria-disabled="true">{{ 'survey.previewTextHint' | t }}</div>
            }
            @default {
              <ul class="options" [class.multi]="q.kind === 'MULTI_CHOICE'">
                @for (option of q.options; track $index) {
                  <li><span class="mark" aria-hidden="true"></span>{{ option }}</li>
                } @empty {
                  <li class="muted">{{ 'survey.previewNoOptions' | t }}</li>
                }
              </ul>
              @if (q.kind === 'MULTI_CHOICE') {
                <p class="hint">{{ 'survey.previewPickAny' | t }}</p>
              }
            }
          }
        </section>
      } @empty {
        <p class="empty" data-testid="preview-empty">{{ 'survey.previewEmpty' | t }}</p>
      }

      <footer>
        <span class="submit" aria-disabled="true">{{ 'survey.previewSubmit' | t }}</span>
      </footer>
    </article>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .sheet {
      padding: 16px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
      overflow-wrap: anywhere;
    }
    .description {
      margin: 0 0 8px;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .meta,
    .tool,
    .hint,
    .ends {
      margin: 0 0 4px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .question {
      padding: 16px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    header + .question {
      margin-top: 12px;
    }
    .prompt {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .number {
      color: var(--mat-sys-on-surface-variant);
    }
    .required {
      color: var(--mat-sys-error);
    }
    .scale {
      display: grid;
      gap: 4px;
      margin-top: 8px;
    }
    .csat {
      grid-template-columns: repeat(5, minmax(0, 1fr));
      max-width: 320px;
    }
    .nps {
      grid-template-columns: repeat(11, minmax(0, 1fr));
    }
    .score {
      display: flex;
      align-items: center;
      justify-content: center;
      height: 36px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-lowest);
    }
    .ends {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      margin-top: 4px;
    }
    .csat + .ends {
      max-width: 320px;
    }
    .options {
      list-style: none;
      margin: 8px 0 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .options li {
      display: flex;
      align-items: center;
      gap: 10px;
      overflow-wrap: anywhere;
    }
    .mark {
      flex: none;
      width: 16px;
      height: 16px;
      border: 2px solid var(--mat-sys-outline);
      border-radius: 50%;
    }
    .multi .mark {
      border-radius: 3px;
    }
    .textarea {
      margin-top: 8px;
      min-height: 64px;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-small);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .empty,
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      margin: 16px 0;
    }
    footer {
      padding-top: 12px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .submit {
      display: inline-block;
      padding: 8px 20px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
  `,
})
export class SurveyPreviewComponent {
  readonly draft = input.required<SurveyDraft>();
  readonly tools = input<readonly { id: string; name: string }[]>([]);

  protected readonly closesAt = computed(() => fromLocalInput(this.draft().closesAt));
  protected readonly toolNames = computed(() => {
    const byId = new Map(this.tools().map((tool) => [tool.id, tool.name]));
    return this.draft()
      .toolIds.map((id) => byId.get(id))
      .filter(Boolean)
      .join(', ');
  });
  protected readonly questions = computed<PreviewQuestion[]>(() => {
    const byId = new Map(this.tools().map((tool) => [tool.id, tool.name]));
    return this.draft().questions.map((q, index) => ({
      number: index + 1,
      kind: q.kind,
      prompt: q.prompt.trim(),
      required: q.required,
      toolName: q.toolId && (q.kind === 'CSAT' || q.kind === 'NPS') ? (byId.get(q.toolId) ?? null) : null,
      options: isChoice(q.kind) ? q.options.map((o) => o.trim()).filter(Boolean) : [],
      scores: q.kind === 'CSAT' || q.kind === 'NPS' ? range(q.kind) : [],
      topic: q.textTopic,
    }));
  });
}
