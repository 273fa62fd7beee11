import { expect, type Locator, type Page } from '@playwright/test';
import type { CauseId, FactName, Status, Symptom } from '../../../knowledge';

/** An answer as the tests give it: an option's value ("true", "ldap") or text to type; "?" is "I don't know". */
export type Script = Partial<Record<FactName, string>>;

/** The wizard screen: the start, the questions, the diagnosis and the two side panels. */
export class WizardPage {
  readonly root: Locator;
  readonly question: Locator;
  readonly diagnosis: Locator;
  readonly differential: Locator;
  readonly path: Locator;
  readonly questionError: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('wizard');
    this.question = page.getByTestId('question');
    this.diagnosis = page.getByTestId('diagnosis');
    this.differential = page.getByTestId('differential');
    this.path = page.getByTestId('path');
    this.questionError = page.getByTestId('question-error');
  }

  async openNew(): Promise<void> {
    await this.page.goto('/#/new');
    await expect(this.root).toHaveAttribute('data-ready', 'true');
  }

  async expectView(view: 'start' | 'triage' | 'question' | 'diagnosis'): Promise<void> {
    await expect(this.root).toHaveAttribute('data-view', view);
  }

  /** Every change is saved at once; tests wait for it before reloading or leaving. */
  async expectSaved(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-save-state', 'saved');
  }

  async start(symptom: Symptom | 'unsure'): Promise<void> {
    await this.page.locator(`[data-testid="symptom"][data-symptom="${symptom}"]`).click();
  }

  async currentFact(): Promise<FactName> {
    return (await this.question.getAttribute('data-fact')) as FactName;
  }

  option(value: string): Locator {
    return this.question.locator(`[role="radio"][data-value="${value}"]`);
  }

  get answerInput(): Locator {
    return this.question.locator('#answer-input');
  }

  get continueButton(): Locator {
    return this.question.getByTestId('continue');
  }

  /** Answers the question on screen and waits until the next one (or the diagnosis) is shown. */
  async answer(value: string): Promise<void> {
    const before = await this.question.getAttribute('data-question-id');
    const isChoice = (await this.question.getByTestId('options').count()) > 0;
    if (value === '?') {
      if (isChoice) await this.option('dont-know').click();
      else await this.question.getByTestId('dont-know').click();
    } else if (isChoice) {
      await this.option(value).click();
    } else {
      await this.answerInput.fill(value);
    }
    if (isChoice || value !== '?') await this.continueButton.click();
    await expect(this.question.and(this.page.locator(`[data-question-id="${before}"]`))).toHaveCount(0);
  }

  /** Answers question after question from the script ("I don't know" for the rest) until the diagnosis. */
  async answerUntilDiagnosis(script: Script, limit = 40): Promise<FactName[]> {
    const asked: FactName[] = [];
    for (let i = 0; i < limit; i++) {
      const view = await this.root.getAttribute('data-view');
      if (view === 'diagnosis') return asked;
      const fact = await this.currentFact();
      asked.push(fact);
      await this.answer(script[fact] ?? '?');
    }
    throw new Error(`no diagnosis after ${limit} questions: ${asked.join(', ')}`);
  }

  /** Answers up to `count` questions from the script ("I don't know" for the rest), stopping at the diagnosis. */
  async answerSome(script: Script, count: number): Promise<void> {
    for (let i = 0; i < count && (await this.root.getAttribute('data-view')) !== 'diagnosis'; i++) {
      await this.answer(script[await this.currentFact()] ?? '?');
    }
  }

  /** Answers until the question for `fact` is on screen (script for the others). */
  async answerUntil(fact: FactName, script: Script = {}, limit = 40): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await expect(this.question).toBeVisible();
      if ((await this.currentFact()) === fact) return;
      await this.answer(script[await this.currentFact()] ?? '?');
    }
    throw new Error(`the question for ${fact} never came`);
  }

  differentialCause(id: CauseId): Locator {
    return this.differential.locator(`[data-testid="differential-cause"][data-cause="${id}"]`);
  }

  async expectDifferential(id: CauseId, status: Status): Promise<void> {
    await expect(this.differentialCause(id)).toHaveAttribute('data-status', status);
  }

  diagnosedCause(id: CauseId): Locator {
    return this.diagnosis.locator(`[data-testid="diagnosed-cause"][data-cause="${id}"]`);
  }

  pathEntry(fact: FactName): Locator {
    return this.path.locator(`[data-testid="path-entry"][data-fact="${fact}"]`);
  }

  async changeAnswer(fact: FactName): Promise<void> {
    await this.pathEntry(fact).getByRole('button', { name: /change/i }).click();
    await expect(this.question).toHaveAttribute('data-fact', fact);
  }

  async finish(): Promise<void> {
    await this.question.getByTestId('finish').click();
    await this.expectView('diagnosis');
  }
}
