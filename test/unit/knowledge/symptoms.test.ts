import { describe, expect, it } from 'vitest';
import { diagnose, knowledge, matchErrorText, relevantQuestions, SYMPTOMS, symptomOf } from '../../../knowledge/index';
import { part } from '../../../knowledge/articles/symptoms';

describe('symptoms: the start screen and triage', () => {
  it('describes every symptom of the contract exactly once, with verbatim examples', () => {
    expect(knowledge.symptoms.map((s) => s.id).sort()).toEqual([...SYMPTOMS].sort());
    for (const s of knowledge.symptoms) {
      expect(s.title.length, s.id).toBeGreaterThan(10);
      expect(s.examples.length, s.id).toBeGreaterThan(0);
    }
  });

  it("lists the articles' exact error messages", () => {
    const examples = (id: string) => knowledge.symptoms.find((s) => s.id === id)!.examples;
    expect(examples('rest-401')).toContain('Basic Authentication Failure - Reason : AUTHENTICATED_FAILED');
    expect(examples('cookie-auth')).toEqual(expect.arrayContaining(['CAPTCHA_CHALLENGE', 'XSRF check failed']));
    expect(examples('rest-sso')).toContain('requestTokens provider rejected token request: Client not allowed for direct access grants');
  });

  it('recognises each example of its own symptoms as a known error, pointing at that symptom when it points anywhere', () => {
    for (const symptom of part.symptoms!) {
      for (const example of symptom.examples) {
        const found = matchErrorText(example);
        expect(found.length, example).toBeGreaterThan(0);
        const families = new Set(found.flatMap((f) => f.causes.map(symptomOf)));
        if (families.size) expect([...families], example).toContain(symptom.id);
      }
    }
  });

  describe('the triage question', () => {
    const triage = part.questions!.find((q) => q.fact === 'symptom')!;

    it('offers every symptom in plain words', () => {
      expect(triage.symptoms.sort()).toEqual([...SYMPTOMS].sort());
      expect(triage.options!.map((o) => o.value).sort()).toEqual([...SYMPTOMS].sort());
      const mail = triage.options!.find((o) => o.value === 'mail-oauth')!;
      expect(mail.label).toBe('A mail handler / email channel cannot connect to Microsoft 365 or Gmail');
      for (const option of triage.options!) expect(option.label, String(option.value)).not.toMatch(/[a-z]+-[a-z0-9]+\/|rest-401|mail-oauth/);
    });

    it('is asked while the symptom is unknown', () => {
      expect(relevantQuestions({}).map((q) => q.id)).toContain(triage.id);
    });
  });

  it("keeps each symptom's diagnosis to its own family", () => {
    for (const symptom of SYMPTOMS) {
      const d = diagnose({ symptom });
      expect(d.causes.length, symptom).toBeGreaterThan(0);
      expect([...d.causes, ...d.ruledOut].every((c) => symptomOf(c.id) === symptom), symptom).toBe(true);
    }
  });
});
