import { describe, expect, it } from 'vitest';
import { assembleKnowledge, KnowledgeError, loadKnowledge } from '../../../knowledge/assemble';
import { CAUSE_IDS } from '../../../knowledge/contract/causes';
import type { KnowledgePart } from '../../../knowledge/schema';
import { fixture } from './fixture';

const { version: _version, ...whole } = fixture;
const part: KnowledgePart = whole;

describe('assembling the knowledge base', () => {
  it('merges the parts and orders the causes as the contract does', () => {
    const { knowledge } = assembleKnowledge({ rest: { causes: part.causes!.slice(3) }, mail: { ...part, causes: part.causes!.slice(0, 3) } });
    expect(knowledge?.causes.map((c) => c.id)).toEqual(CAUSE_IDS.filter((id) => fixture.causes.some((c) => c.id === id)));
  });

  it('reports schema problems by item id', () => {
    const broken = { ...part, questions: [{ ...part.questions![1]!, fact: 'mail.protcol' }] } as KnowledgePart;
    const { knowledge, problems } = assembleKnowledge({ broken });
    expect(knowledge).toBeUndefined();
    expect(problems[0]).toMatchObject({ severity: 'error', where: 'question q-provider fact' });
  });

  it('finds broken cross-references', () => {
    const cause = part.causes![0]!;
    const broken: KnowledgePart = {
      ...part,
      causes: [
        ...part.causes!,
        {
          ...cause,
          likelyWhen: [{ when: { kind: 'errorMatches', signature: 'no-such-signature' }, because: 'See {{var:nowhere}} and {{fact:jira.versoin}}.', source: cause.source }],
        },
      ],
      signatures: [{ ...part.signatures![0]!, example: 'an example it does not match' }],
    };
    const messages = assembleKnowledge({ broken }).problems.map((p) => `${p.where}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'cause mail-oauth/scopes: is defined more than once',
        'cause mail-oauth/scopes likelyWhen[0]: refers to the unknown error signature "no-such-signature"',
        'cause mail-oauth/scopes likelyWhen[0]: refers to the unknown variable {{var:nowhere}}',
        'cause mail-oauth/scopes likelyWhen[0]: refers to the unknown fact {{fact:jira.versoin}}',
        'signature pop-protocol-error: does not match its own example',
      ]),
    );
  });

  it('refuses to load, naming every problem, including contract causes without content', () => {
    expect(() => loadKnowledge({ part })).toThrow(KnowledgeError);
    expect(() => loadKnowledge({ part })).toThrow(/cause rest-401\/ldap-groups-missing: has no definition yet/);
  });
});
