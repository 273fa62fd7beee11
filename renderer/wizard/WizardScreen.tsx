import { useActorRef, useSelector } from '@xstate/react';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScanResult as ScanReport } from '../../electron/api/contract';
import { mergeScanReports } from '../../knowledge/contract/scan';
import {
  factsFoundEvents,
  selectFacts,
  selectView,
  symptomOf,
  type CauseId,
  type Evidence,
  type FactName,
  type FactValue,
  type Knowledge,
  type Question,
  type ScanBatch,
  type Session,
  type Symptom,
  type WizardContext,
  type WizardEvent,
} from '../../knowledge';
import { errorMessage, useApi } from '../app/api';
import { afterNextFrame } from '../app/idle';
import { navigate } from '../app/route';
import { ChecksPanel } from '../checks/ChecksPanel';
import { finishedEvidence } from '../checks/run-state';
import { useCheckRun } from '../checks/useCheckRun';
import { useI18n, useT } from '../i18n';
import { RenameForm } from '../sessions/SessionsScreen';
import { DiagnosisView } from './DiagnosisView';
import { DifferentialPanel } from './DifferentialPanel';
import { useLanguageEngine } from './language-engine';
import { ExportButtons } from './ExportDialog';
import { restoreWizard, wizardMachine, type WizardSnapshot } from './machine';
import { PastePanel, TriagePaste } from './PastePanel';
import { TriageFollowUp } from './TriageFollowUp';
import { PathPanel, type PathEntry } from './PathPanel';
import { QuestionView, warmOptionFonts } from './QuestionView';
import { answerLabel, questionText } from './answers';
import { HowItWorks, StartView, ToolButtons, type StartChoice, type Tool } from './StartView';
import { useLookAhead } from './look-ahead';
import { useSessionStore, type Patch, type SaveState } from './useSessionStore';

type Loaded = { state: 'loading' } | { state: 'ready'; session?: Session } | { state: 'failed'; message: string };

/** A saved session (loaded first) or a new one. */
export function WizardScreen({ sessionId, choice }: { sessionId?: string; choice?: StartChoice }) {
  const api = useApi();
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>(sessionId ? { state: 'loading' } : { state: 'ready' });
  useEffect(() => {
    if (!sessionId) return;
    api.sessions.get({ id: sessionId }).then(
      (session) => setLoaded({ state: 'ready', session }),
      (error: unknown) => setLoaded({ state: 'failed', message: errorMessage(error) }),
    );
  }, [api, sessionId]);
  if (loaded.state === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (loaded.state === 'failed') {
    return (
      <div role="alert" className="banner error" data-testid="load-failed" data-ready="true">
        <p>{t('wizard.loadFailed', { message: loaded.message })}</p>
        <button type="button" onClick={() => navigate({ page: 'sessions' })}>
          {t('nav.sessions')}
        </button>
      </div>
    );
  }
  return <Wizard initial={loaded.session} choice={choice} />;
}

/** The question a fact answers here: the one asked on this path, else one of this problem, else any that asks for it. */
const questionOfFact = (knowledge: Knowledge, fact: FactName, trail: readonly string[], symptom?: Symptom): Question | undefined => {
  const asking = knowledge.questions.filter((q) => q.fact === fact);
  return asking.find((q) => trail.includes(q.id)) ?? asking.find((q) => symptom !== undefined && q.symptoms.includes(symptom)) ?? asking[0];
};

/** What a save compares: a change to any of these is saved. */
const saveParts = (s: WizardSnapshot) => [s.value, s.context.answers, s.context.unknown, s.context.current, s.context.finished];
const saveKey = (s: WizardSnapshot) => JSON.stringify(saveParts(s));

/** The batches of logs of a session; a session saved before batches were kept has its one scan as the first. */
function savedBatches(session: Session | undefined): ScanBatch[] {
  if (session?.scanBatches) return session.scanBatches;
  const scan = session?.scan as ScanReport | undefined;
  return scan ? [{ at: scan.finishedAt, report: scan }] : [];
}

function Wizard({ initial, choice }: { initial?: Session; choice?: StartChoice }) {
  const { t, formatDateTime } = useI18n();
  const { engine, selectors } = useLanguageEngine();
  const { knowledge } = engine;
  const { selectDiagnosis, selectStatuses, selectCurrentQuestion, selectQuestionsLeft } = selectors;
  const restored = useMemo(() => (initial ? restoreWizard(initial) : undefined), [initial]);
  const actor = useActorRef(wizardMachine, restored ? { snapshot: restored as WizardSnapshot, input: {} } : { input: {} });
  // A problem picked on the start screen before the wizard had loaded.
  const started = useRef(false);
  if (!started.current) {
    started.current = true;
    if (choice && 'preflight' in choice && !initial) actor.send({ type: 'START', symptom: 'mail-oauth' });
    else if (choice && !('tool' in choice) && !('preflight' in choice) && !initial) actor.send(choice.symptom ? { type: 'START', symptom: choice.symptom } : { type: 'START' });
  }
  const snapshot = useSelector(actor, (s) => s);
  const { context } = snapshot;
  const view = selectView(snapshot);
  const facts = selectFacts(context);
  // The full diagnosis (solutions rendered) only where it is shown; the side panel needs statuses
  // only, and the start screen nothing at all.
  const diagnosis = useMemo(() => (view === 'diagnosis' ? selectDiagnosis(context) : undefined), [view, context, selectDiagnosis]);
  // The side panels follow an answer in a render of their own, after the frame that shows the next
  // question: what the admin waits for after a click is the question, not the panels beside it.
  // After the frame for sure: a deferred value's render was sometimes run before the frame (one
  // answer in five in a trace, 1.5-5 ms each).
  const [sideContext, setSideContext] = useState(context);
  useEffect(() => {
    if (context === sideContext) return;
    return afterNextFrame(() => startTransition(() => setSideContext(context)));
  }, [context, sideContext]);
  const statuses = useMemo(() => (view === 'start' ? [] : selectStatuses(sideContext)), [view, sideContext, selectStatuses]);
  const question = selectCurrentQuestion(snapshot);
  useLookAhead(actor, question, selectStatuses);
  useEffect(warmOptionFonts, []);
  const preflightChosen = choice !== undefined && 'preflight' in choice && !initial;
  const [tool, setTool] = useState<Tool | undefined>(choice && 'tool' in choice ? choice.tool : preflightChosen ? 'checks' : undefined);
  // "I am about to set up a mail handler": the checks before setup, not a failure's diagnosis.
  const [preflight, setPreflight] = useState(preflightChosen);
  const preflightRef = useRef(preflightChosen);
  const [renaming, setRenaming] = useState(false);
  // "I don't know" to which problem it is opens neutral questions about what the admin can see.
  const [followUp, setFollowUp] = useState(false);
  useEffect(() => {
    if (view !== 'triage') setFollowUp(false);
  }, [view]);
  const mainHeading = useRef<HTMLDivElement>(null);
  const left = useMemo(() => (view === 'question' ? selectQuestionsLeft(context) : 0), [view, context, selectQuestionsLeft]);
  // Answers a change set aside (they belonged to questions it closed), with the state to undo it.
  const [setAside, setSetAside] = useState<{ n: number; before: WizardContext }>();

  /** Sends a change of answers; if it closes questions already answered, says so and offers to undo it. */
  const change = (event: Extract<WizardEvent, { type: 'ANSWER' | 'DONT_KNOW' }>) => {
    const before = actor.getSnapshot().context;
    actor.send(event);
    const after = actor.getSnapshot().context;
    const kept = new Set<string>([...after.answers.map((a) => a.fact), ...after.unknown]);
    const given = [...before.answers.filter((a) => a.source.kind === 'user').map((a) => a.fact), ...before.unknown];
    const gone = given.filter((fact) => fact !== event.fact && !kept.has(fact));
    setSetAside(gone.length ? { n: gone.length, before } : undefined);
  };
  const undo = () => {
    if (!setAside) return;
    const { answers, unknown, trail } = setAside.before;
    actor.send({ type: 'RESTORE', answers, unknown, trail });
    setSetAside(undefined);
  };

  const latestFacts = useRef(facts);
  latestFacts.current = facts;
  const nameForNew = useCallback((first: Patch) => {
    const chosen = first.answers?.find((a) => a.fact === 'symptom')?.value;
    const symptom = knowledge.symptoms.find((s) => s.id === chosen);
    const when = formatDateTime(new Date().toISOString());
    if (preflightRef.current) return t('session.namePreflight', { when });
    return symptom ? t('session.name', { problem: symptom.title, when }) : t('session.nameUnsure', { when });
  }, [t, formatDateTime, knowledge]);
  const store = useSessionStore(initial, nameForNew);
  const { save } = store;

  // Every change of the wizard is saved, with the machine snapshot to resume exactly here: after the
  // next frame, so an answer shows at once, and answers given in one burst go in one save (the store
  // builds the change when the save goes out). Exploring (opening the app, "I'm not sure", looking
  // at the panels) saves nothing: a new session is saved from its first answer, so the saved list
  // has no empty rows.
  const everSaved = useRef(initial !== undefined);
  useEffect(() => {
    let lastParts = saveParts(actor.getSnapshot());
    let lastKey = saveKey(actor.getSnapshot());
    const subscription = actor.subscribe((s) => {
      const parts = saveParts(s);
      if (parts.every((part, i) => part === lastParts[i])) return;
      lastParts = parts;
      if (!everSaved.current && s.context.answers.length === 0 && s.context.unknown.length === 0) return;
      everSaved.current = true;
      save(() => {
        const now = actor.getSnapshot();
        const key = saveKey(now);
        if (key === lastKey) return undefined;
        lastKey = key;
        return { answers: now.context.answers, unknown: now.context.unknown, machine: actor.getPersistedSnapshot() };
      });
    });
    return () => subscription.unsubscribe();
  }, [actor, save]);

  // Facts found by checks go in as they finish, each with its check and reason.
  const checks = useCheckRun(store.session?.id);
  const applied = useRef(new Set<string>());
  useEffect(() => {
    const run = checks.run;
    if (!('runId' in run) || run.runId === undefined) return;
    for (const evidence of finishedEvidence(run)) {
      const key = `${run.runId}/${evidence.check}`;
      if (applied.current.has(key)) continue;
      applied.current.add(key);
      for (const found of factsFoundEvents(evidence)) actor.send(found);
    }
    if (run.phase === 'done' && run.report && !applied.current.has(`${run.runId}/report`)) {
      applied.current.add(`${run.runId}/report`);
      save({ checks: run.report });
    }
  }, [checks.run, actor, save]);

  // A run picked up again after a reload shows itself.
  useEffect(() => {
    if (checks.run.phase === 'running') setTool((open) => open ?? 'checks');
  }, [checks.run.phase]);

  const savedChecks = store.session?.checks;
  const evidenceOf = useCallback(
    (check: string): Evidence | undefined => finishedEvidence(checks.run).find((e) => e.check === check) ?? savedChecks?.evidence.find((e) => e.check === check),
    [checks.run, savedChecks],
  );

  // A new view takes the focus to its heading, so keyboard and screen-reader users follow along.
  const previousView = useRef(view);
  useEffect(() => {
    const changed = previousView.current !== view && view !== 'question' && view !== 'triage';
    previousView.current = view;
    if (!changed) return;
    // In the next frame: a focus in the commit would force a layout before the view is drawn.
    const frame = requestAnimationFrame(() => mainHeading.current?.querySelector<HTMLElement>('h1')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [view]);

  const addError = (text: string, causes: CauseId[]) => {
    const symptoms = [...new Set(causes.map(symptomOf))];
    if (view === 'start') actor.send(symptoms.length === 1 ? { type: 'START', symptom: symptoms[0] } : { type: 'START' });
    else if (view === 'triage' && symptoms.length === 1) actor.send({ type: 'ANSWER', fact: 'symptom', value: symptoms[0]! });
    const errors = latestFacts.current.errors ?? [];
    if (!errors.includes(text)) actor.send({ type: 'ANSWER', fact: 'errors', value: [...errors, text] });
  };

  /** The triage's paste: the problem it points to is the answer, and the text is kept as an error. */
  const pickFromPaste = (text: string, symptom: Symptom) => {
    change({ type: 'ANSWER', fact: 'symptom', value: symptom });
    const errors = latestFacts.current.errors ?? [];
    if (!errors.includes(text)) actor.send({ type: 'ANSWER', fact: 'errors', value: [...errors, text] });
  };

  // Log batches add up (admins add logs node by node): each is kept with what it was added for,
  // and the answers come from all of them taken together, so a later batch never replaces one.
  const [batches, setBatches] = useState<ScanBatch[]>(() => savedBatches(initial));
  const latestBatches = useRef(batches);
  const addScan = (report: ScanReport, forQuestion: string | undefined) => {
    const next = [...latestBatches.current, { at: report.finishedAt, ...(forQuestion ? { forQuestion } : {}), report }];
    latestBatches.current = next;
    setBatches(next);
    const together = mergeScanReports(next.map((b) => b.report));
    for (const [fact, value] of Object.entries(together.facts) as [FactName, unknown][]) {
      const source = together.factSources[fact];
      actor.send({
        type: 'FACTS_FOUND',
        facts: { [fact]: value },
        source: { kind: 'scan', file: source?.file ?? t('logs.yourLogs'), why: source?.why ?? '' },
        at: report.finishedAt,
      });
    }
    save({ scan: together, scanBatches: next });
  };
  const describeFact = (fact: FactName, value: unknown) => {
    const asked = questionOfFact(knowledge, fact, context.trail, facts.symptom);
    return { question: questionText(fact, asked, t), answer: answerLabel(asked, value as FactValue, t) };
  };

  const entries = useMemo((): PathEntry[] => {
    const symptom = selectFacts(sideContext).symptom;
    const questionOf = (fact: FactName) => questionOfFact(knowledge, fact, sideContext.trail, symptom);
    return [
      ...sideContext.answers.map((a) => {
        const conflict = sideContext.conflicts.find((c) => c.fact === a.fact);
        return {
          fact: a.fact,
          question: questionOf(a.fact),
          value: a.value,
          dontKnow: false,
          source: a.source,
          ...(conflict ? { conflict: { value: conflict.value, source: conflict.source } } : {}),
        };
      }),
      ...sideContext.unknown.map((fact) => ({ fact, question: questionOf(fact), dontKnow: true, source: { kind: 'user' as const } })),
    ];
  }, [sideContext, knowledge]);
  const sideFacts = selectFacts(sideContext);
  const sideFact = sideContext.current === undefined ? undefined : (engine.compiled.questionsById.get(sideContext.current)?.fact as FactName | undefined);
  const canReopen = useCallback((fact: FactName) => actor.getSnapshot().can({ type: 'REOPEN', fact }), [actor]);
  const reopen = useCallback((fact: FactName) => actor.send({ type: 'REOPEN', fact }), [actor]);

  const tally = (status: string) => statuses.filter((c) => c.status === status).length;
  // Questions are numbered from the first one after the problem was chosen.
  const asked = context.trail.filter((id) => knowledge.questions.find((q) => q.id === id)?.fact !== 'symptom');
  const step = question ? (asked.includes(question.id) ? asked.indexOf(question.id) + 1 : asked.length + 1) : 0;
  const previous = question ? context.answers.find((a) => a.fact === question.fact) : undefined;

  return (
    <div className="wizard-layout" data-testid="wizard" data-view={view} data-ready="true" data-save-state={store.state.state}>
      <div className="wizard-main">
        {view !== 'start' && (
          <SessionBar
            name={store.displayName}
            saveState={store.state}
            renaming={renaming}
            onRename={() => setRenaming(true)}
            onRenamed={(name) => {
              setRenaming(false);
              void store.rename(name);
            }}
            onCancelRename={() => setRenaming(false)}
            onRetry={() => void store.retry()}
          />
        )}
        <div className="tools" role="toolbar" aria-label={t('tools.label')}>
          <ToolButtons open={tool} onToggle={(chosen) => setTool(tool === chosen ? undefined : chosen)} />
          {view !== 'start' && view !== 'diagnosis' && (
            <button type="button" onClick={() => actor.send({ type: 'FINISH' })}>
              {t('tools.finish')}
            </button>
          )}
          {view !== 'start' && (
            <button
              type="button"
              className="push"
              aria-describedby="start-over-hint"
              title={t('tools.startOverHint')}
              data-testid="start-over"
              onClick={() => {
                if (!window.confirm(t('tools.startOverConfirm'))) return;
                setSetAside(undefined);
                // The answers found by checks and logs go with the others; so do the reports that gave them.
                latestBatches.current = [];
                setBatches([]);
                save({ checks: null, scan: null, scanBatches: null });
                actor.send({ type: 'RESTART' });
              }}
            >
              {t('tools.newSession')}
              <span id="start-over-hint" className="visually-hidden">
                {t('tools.startOverHint')}
              </span>
            </button>
          )}
        </div>
        {view !== 'start' && (
          <p className="narrow-only small-text">
            <a href="#differential-title">{t('differential.jump', { confirmed: tally('confirmed'), likely: tally('likely'), possible: tally('possible') })}</a>
          </p>
        )}
        {tool === 'checks' && (
          <ChecksPanel
            checks={engine.checksInPlay(facts, { today: context.today })}
            preflight={preflight}
            run={checks.run}
            onStart={checks.start}
            onCancel={checks.cancel}
            onClose={() => setTool(undefined)}
            {...(preflight
              ? {
                  onShowResult: () => {
                    setTool(undefined);
                    actor.send({ type: 'FINISH' });
                  },
                }
              : {})}
          />
        )}
        {setAside && (
          <div className="banner info row" role="status" data-testid="set-aside">
            <span>{setAside.n === 1 ? t('change.droppedOne') : t('change.dropped', { n: setAside.n })}</span>
            <button type="button" className="small" onClick={undo} data-testid="undo-change">
              {t('change.undo')}
            </button>
          </div>
        )}
        {tool === 'paste' && (
          <PastePanel
            batches={batches}
            purpose={view === 'question' ? question?.id : undefined}
            describeFact={describeFact}
            onAddError={addError}
            onScanned={addScan}
            onClose={() => setTool(undefined)}
          />
        )}
        <div ref={mainHeading}>
          {view === 'start' && (
            <StartView
              onStart={(symptom) => actor.send(symptom ? { type: 'START', symptom } : { type: 'START' })}
              onPreflight={() => {
                preflightRef.current = true;
                setPreflight(true);
                setTool('checks');
                actor.send({ type: 'START', symptom: 'mail-oauth' });
                window.scrollTo(0, 0);
              }}
            />
          )}
          {view === 'triage' && followUp && (
            <div className="stack">
              <TriagePaste below="questions" onPick={pickFromPaste} />
              <TriageFollowUp
                onPick={(symptom) => {
                  setFollowUp(false);
                  change({ type: 'ANSWER', fact: 'symptom', value: symptom });
                }}
                onNone={() => {
                  setFollowUp(false);
                  change({ type: 'DONT_KNOW', fact: 'symptom' });
                }}
                onBack={() => setFollowUp(false)}
              />
            </div>
          )}
          {/* Before setting up a handler the checks are the step; the questions wait until the panel closes. */}
          {(view === 'question' || (view === 'triage' && !followUp)) && question && !(preflight && tool === 'checks') && (
            <QuestionView
              question={question}
              step={step}
              left={left}
              triage={view === 'triage'}
              extra={view === 'triage' ? <TriagePaste below="descriptions" onPick={pickFromPaste} /> : undefined}
              help={engine.questionHelp(question, facts, { today: context.today })}
              previous={previous?.value}
              previousDontKnow={context.unknown.includes(question.fact as FactName)}
              canGoBack={snapshot.can({ type: 'BACK' })}
              onAnswer={(value) => change({ type: 'ANSWER', fact: question.fact as FactName, value })}
              onDontKnow={() => (view === 'triage' && question.fact === 'symptom' ? setFollowUp(true) : change({ type: 'DONT_KNOW', fact: question.fact as FactName }))}
              onBack={() => actor.send({ type: 'BACK' })}
              onFinish={() => actor.send({ type: 'FINISH' })}
              onOpenTool={setTool}
            />
          )}
          {view === 'diagnosis' && diagnosis && (
            <DiagnosisView
              diagnosis={diagnosis}
              questionOf={(fact) => questionOfFact(knowledge, fact, context.trail, facts.symptom)}
              onAnswerUnknown={(fact) => actor.send({ type: 'REOPEN', fact })}
              problemUnknown={
                facts.symptom === undefined && (
                  <div className="banner info stack" data-testid="problem-unknown">
                    <p>{t('diagnosis.problemUnknown')}</p>
                    <div className="row">
                      <button type="button" onClick={() => actor.send({ type: 'REOPEN', fact: 'symptom' })}>
                        {t('diagnosis.chooseProblem')}
                      </button>
                      <button type="button" onClick={() => setTool('paste')}>
                        {t('tools.paste')}
                      </button>
                    </div>
                  </div>
                )
              }
              exportSlot={<ExportButtons sessionId={store.session?.id} disabled={store.state.state !== 'saved'} />}
            />
          )}
        </div>
      </div>
      <aside className="wizard-side" aria-label={t('wizard.sideLabel')}>
        {view === 'start' ? (
          <HowItWorks />
        ) : (
          <DifferentialPanel statuses={statuses} symptom={sideFacts.symptom} />
        )}
        {view !== 'start' && (
          <PathPanel entries={entries} currentFact={sideFact} evidenceOf={evidenceOf} canReopen={canReopen} onReopen={reopen} />
        )}
      </aside>
    </div>
  );
}

function SessionBar(props: {
  name: string | undefined;
  saveState: SaveState;
  renaming: boolean;
  onRename: () => void;
  onRenamed: (name: string) => void;
  onCancelRename: () => void;
  onRetry: () => void;
}) {
  const t = useT();
  const { knowledge } = useLanguageEngine().engine;
  const { saveState } = props;
  return (
    <div className="session-bar">
      {props.renaming && props.name ? (
        <RenameForm name={props.name} onSave={props.onRenamed} onCancel={props.onCancelRename} />
      ) : (
        <div className="session-name">
          <span className="muted small-text" title={props.name}>
            {props.name ?? t('session.unsaved')}
          </span>
          {props.name && (
            <button type="button" className="link small-text" onClick={props.onRename}>
              {t('sessions.rename')}
            </button>
          )}
        </div>
      )}
      <span className="small-text muted" role="status" data-testid="save-state">
        {saveState.state === 'saving' ? t('save.saving') : saveState.state === 'saved' ? t('save.saved') : saveState.state === 'new' ? '' : null}
      </span>
      {saveState.state === 'failed' && (
        <div role="alert" className="banner error" data-testid="save-failed">
          {saveState.lasting ? t('save.lost', { message: saveState.message, answers: unsavedList(knowledge, saveState.unsaved) || t('save.unsavedNone') }) : t('save.failed', { message: saveState.message })}{' '}
          <button type="button" className="small" onClick={props.onRetry}>
            {t('save.retry')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The answers that were not saved, as the admin saw them asked: "question: answer", one after the other. */
function unsavedList(knowledge: Knowledge, answers: Session['answers']): string {
  return answers
    .map((a) => `${knowledge.questions.find((q) => q.fact === a.fact)?.text ?? a.fact}: ${knowledge.questions.find((q) => q.fact === a.fact)?.options?.find((o) => o.value === a.value)?.label ?? JSON.stringify(a.value)}`)
    .join('; ');
}
