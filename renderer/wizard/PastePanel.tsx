import { useEffect, useMemo, useRef, useState } from 'react';
import type { ScanProgress } from '../../knowledge/contract/scan';
import type { ScanResult as ScanReport } from '../../electron/api/contract';
import { mergeScanReports } from '../../knowledge/contract/scan';
import { knowledge as english, matchErrorText, symptomOf, type CauseId, type FactName, type Knowledge, type ScanBatch, type Symptom } from '../../knowledge';
import { scanReportIn } from '../../knowledge/i18n/scan-report';
import { errorMessage, useApi, useAppInfo } from '../app/api';
import { downloadFile } from '../app/download';
import { useI18n, useT } from '../i18n';
import { isExactAnswer } from './answers';
import { useLanguageEngine } from './language-engine';

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
/** The causes a pasted text points to, and the problems (families) they belong to. */
export function pointsTo(text: string): { causes: CauseId[]; symptoms: Symptom[] } {
  const causes = text.trim() ? [...new Set(matchErrorText(text).flatMap((m) => m.causes))] : [];
  return { causes, symptoms: [...new Set(causes.map(symptomOf))] };
}

const symptomTitle = (knowledge: Knowledge, id: Symptom) => knowledge.symptoms.find((s) => s.id === id)?.title ?? id;

/**
 * For an admin not sure which problem it is: a pasted error or log line picks it, with the same
 * matching as the paste panel. Nothing is chosen until the admin confirms. `below` is what the
 * admin sees under it, which its words point to: the problems' descriptions or the yes-or-no
 * questions.
 */
export function TriagePaste({ below, onPick }: { below: 'descriptions' | 'questions'; onPick: (text: string, symptom: Symptom) => void }) {
  const t = useT();
  const questions = below === 'questions';
  const { knowledge } = useLanguageEngine().engine;
  const [text, setText] = useState('');
  const { symptoms } = useMemo(() => pointsTo(text), [text]);
  return (
    <div className="triage-paste stack" data-testid="triage-paste">
      <div className="field">
        <label htmlFor="triage-text">{t('triage.pasteLabel')}</label>
        <span className="hint" id="triage-hint">
          {t(questions ? 'triage.pasteHintQuestions' : 'triage.pasteHint')}
        </span>
        <textarea id="triage-text" aria-describedby="triage-hint" rows={3} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} />
      </div>
      {text.trim() !== '' && (
        <div aria-live="polite" data-testid="triage-result">
          {symptoms.length === 1 ? (
            <div className="row">
              <span>{t('triage.pointsTo', { problem: symptomTitle(knowledge, symptoms[0]!) })}</span>
              <button type="button" className="primary" data-testid="triage-pick" onClick={() => onPick(text.trim(), symptoms[0]!)}>
                {t('triage.continueWith')}
              </button>
            </div>
          ) : symptoms.length > 1 ? (
            <p>{t(questions ? 'triage.severalQuestions' : 'triage.several', { problems: symptoms.map((s) => symptomTitle(knowledge, s)).join('; ') })}</p>
          ) : (
            <p className="muted">{t(questions ? 'triage.noMatchQuestions' : 'triage.noMatch')}</p>
          )}
        </div>
      )}
    </div>
  );
}

const causeTitle = (knowledge: Knowledge, id: CauseId) => knowledge.causes.find((c) => c.id === id)?.title ?? id;

/** A fact in the admin's words: the question it answers and the answer, as the path shows them. */
export type DescribeFact = (fact: FactName, value: unknown) => { question: string; answer: string };

/**
 * "Paste an error or add logs": a pasted message or log line is matched to the causes it points to,
 * then added to the facts. Log files (dropped or chosen) go to the log scan in batches that add up:
 * each batch is listed with the question it was added for and the answers it filled, and the
 * answers come from all batches together (`onScanned` gets the new batch and its purpose).
 */
export function PastePanel({
  batches,
  purpose,
  describeFact,
  onAddError,
  onScanned,
  onClose,
}: {
  batches: readonly ScanBatch[];
  /** The question on screen (its id), which the logs added now are meant to answer. */
  purpose: string | undefined;
  describeFact: DescribeFact;
  onAddError: (text: string, causes: CauseId[]) => void;
  onScanned: (report: ScanReport, forQuestion: string | undefined) => void;
  onClose: () => void;
}) {
  const t = useT();
  const { engine } = useLanguageEngine();
  const { knowledge } = engine;
  const api = useApi();
  const info = useAppInfo();
  const [text, setText] = useState('');
  const [added, setAdded] = useState(false);
  const [scan, setScan] = useState<{ state: 'idle' } | { state: 'scanning'; files: string } | { state: 'failed'; message: string }>({ state: 'idle' });
  // Files already read in an earlier batch are not read again (their counts would double).
  const [repeated, setRepeated] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<ScanProgress>();
  const [addedFiles, setAddedFiles] = useState<File[]>([]);
  const scanning = scan.state === 'scanning';

  // While a scan runs, the service reports the bytes read so far.
  useEffect(() => {
    if (!scanning) return setProgress(undefined);
    return api.scan.onProgress(setProgress);
  }, [api, scanning]);
  const fileInput = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => (text.trim() ? engine.matchErrorText(text) : []), [text, engine]);
  const causes = [...new Set(matches.flatMap((m) => m.causes))];

  const scanFiles = (dropped: File[]) => {
    const read = new Set(batches.flatMap((b) => b.report.files.map((f) => `${f.name}\n${f.bytes}`)));
    const files = dropped.filter((f) => !read.has(`${f.name}\n${f.size}`));
    setRepeated(dropped.filter((f) => !files.includes(f)).map((f) => f.name));
    if (files.length === 0) return;
    const forQuestion = purpose;
    setScan({ state: 'scanning', files: files.map((f) => f.name).join(', ') });
    api.scan.files(files).then(
      (report) => {
        setScan({ state: 'idle' });
        // Listed (with their redacted-copy buttons) only once read: a refused batch was never added.
        setAddedFiles((before) => [...before.filter((b) => !files.some((f) => f.name === b.name && f.size === b.size)), ...files]);
        onScanned(report, forQuestion);
      },
      (error: unknown) => setScan({ state: 'failed', message: errorMessage(error) }),
    );
  };

  const choose = () => {
    if (!info.canChooseFiles) return fileInput.current?.click();
    const forQuestion = purpose;
    setRepeated([]);
    setScan({ state: 'scanning', files: '' });
    api.scan.choose().then(
      (chosen) => {
        setScan({ state: 'idle' });
        if (!chosen.cancelled && chosen.result) onScanned(chosen.result, forQuestion);
      },
      (error: unknown) => setScan({ state: 'failed', message: errorMessage(error) }),
    );
  };

  return (
    <section className="card stack" aria-labelledby="paste-title" data-testid="paste-panel">
      <div className="spread">
        <h2 id="paste-title">{t('paste.title')}</h2>
        <button type="button" className="small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="paste-text">{t('paste.label')}</label>
        <span className="hint" id="paste-hint">
          {t('paste.hint')}
        </span>
        <textarea
          id="paste-text"
          aria-describedby="paste-hint"
          value={text}
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            setAdded(false);
          }}
        />
      </div>
      {text.trim() !== '' && (
        <div aria-live="polite" data-testid="paste-matches">
          {matches.length === 0 ? (
            <p className="muted">{t('paste.noMatch')}</p>
          ) : (
            <>
              <p>{t('paste.matched', { n: matches.length })}</p>
              {matches.map(({ signature, causes: supported }) => (
                <div key={signature.id} className="match" data-testid="paste-match" data-signature={signature.id}>
                  <strong>{signature.title}</strong>
                  <p className="small-text">{signature.meaning}</p>
                  {supported.length > 0 && (
                    <p className="small-text">
                      {t('paste.pointsTo')} {supported.map((c) => causeTitle(knowledge, c)).join('; ')}
                    </p>
                  )}
                </div>
              ))}
            </>
          )}
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={added}
              onClick={() => {
                onAddError(text.trim(), causes);
                setAdded(true);
              }}
              data-testid="add-error"
            >
              {added ? t('paste.added') : t('paste.add')}
            </button>
          </div>
        </div>
      )}

      <h3>{t('logs.title')}</h3>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          scanFiles(Array.from(e.dataTransfer.files));
        }}
      >
        <p>{t('logs.drop')}</p>
        <button type="button" onClick={choose} disabled={scan.state === 'scanning'}>
          {t('logs.choose')}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          aria-label={t('logs.choose')}
          data-testid="log-files"
          onChange={(e) => {
            scanFiles(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
        <p className="small-text">{t('logs.which')}</p>
      </div>
      {scan.state === 'scanning' && (
        <p role="status" className="row">
          <span className="spinner" aria-hidden="true" /> {t('logs.scanning', { files: scan.files })}
          {progress && progress.bytesTotal > 0 && (
            <>
              <progress max={progress.bytesTotal} value={progress.bytesDone} data-testid="scan-progress" />
              {t('logs.progress', { done: megabytes(progress.bytesDone), total: megabytes(progress.bytesTotal) })}
            </>
          )}
        </p>
      )}
      {scan.state === 'failed' && <p role="alert" className="banner error">{scan.message}</p>}
      {repeated.length > 0 && (
        <p role="status" className="banner info small-text" data-testid="scan-repeated">
          {t('logs.repeated', { files: repeated.join(', ') })}
        </p>
      )}
      {batches.length > 0 && <ScanBatches batches={batches} describeFact={describeFact} />}
      {addedFiles.length > 0 && <AddedFiles files={addedFiles} />}
    </section>
  );
}

/** The files added here, each with a button that saves a copy with every secret masked (to send to support). */
function AddedFiles({ files }: { files: File[] }) {
  const t = useT();
  const api = useApi();
  const [states, setStates] = useState<Record<string, { state: 'saving' } | { state: 'done'; message: string } | { state: 'failed'; message: string }>>({});
  const key = (f: File) => `${f.name}\n${f.size}`;
  const save = (file: File) => {
    setStates((s) => ({ ...s, [key(file)]: { state: 'saving' } }));
    api.redact.file(file).then(
      (copy) => {
        if (copy.blob) downloadFile(copy.filename, copy.blob, 'application/octet-stream');
        const message = copy.cancelled ? '' : copy.savedTo ? t('files.saved', { file: copy.savedTo }) : t('files.downloaded', { file: copy.filename });
        setStates((s) => ({ ...s, [key(file)]: { state: 'done', message } }));
      },
      (error: unknown) => setStates((s) => ({ ...s, [key(file)]: { state: 'failed', message: errorMessage(error) } })),
    );
  };
  return (
    <div className="stack" data-testid="added-files">
      <h3>{t('files.title')}</h3>
      <p className="small-text muted" id="redact-hint">
        {t('files.redactHint')}
      </p>
      <ul className="file-list">
        {files.map((file) => {
          const state = states[key(file)];
          return (
            <li key={key(file)} className="row" data-testid="added-file" data-file={file.name}>
              <span className="file-name">{file.name}</span>
              <button type="button" className="small" aria-describedby="redact-hint" disabled={state?.state === 'saving'} onClick={() => save(file)} data-testid="redact-file">
                {t('files.redact')}
              </button>
              {state?.state === 'saving' && <span role="status">{t('files.redacting')}</span>}
              {state?.state === 'done' && state.message && <span role="status" className="small-text">{state.message}</span>}
              {state?.state === 'failed' && (
                <span role="alert" className="small-text error-text">
                  {state.message}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** What a browser recording showed, in a sentence per session, the sign-in and Microsoft's errors. */
function RecordingSummary({ recording }: { recording: NonNullable<ScanReport['recording']> }) {
  const t = useT();
  const clock = (iso: string) => /T(\d{2}:\d{2}:\d{2})/.exec(iso)?.[1] ?? iso;
  return (
    <div className="stack" data-testid="recording-summary">
      <p>{t('recording.title', { n: recording.jiraRequests })}</p>
      <ul className="small-text">
        {recording.sessions.map((s) => {
          const first = s.switches.find((w) => !w.rest) ?? s.switches[0];
          const pages = s.nodes.find((n) => n.rest < n.requests)?.node ?? s.nodes[0]?.node ?? '';
          return (
            <li key={s.label} data-testid="recording-session" data-verdict={s.verdict}>
              {s.verdict === 'one-node' && t('recording.oneNode', { session: s.label, node: s.nodes[0]?.node ?? '', n: s.requests })}
              {s.verdict === 'switched' && first && t('recording.switched', { session: s.label, from: first.from, to: first.to, index: first.index, time: clock(first.at), path: first.path })}
              {s.verdict === 'rest-elsewhere' && t('recording.restElsewhere', { session: s.label, node: pages, time: clock((s.switches.find((w) => w.rest) ?? first)?.at ?? ''), path: (s.switches.find((w) => w.rest) ?? first)?.path ?? '' })}
              {s.verdict === 'no-node' && t('recording.noNode', { session: s.label })}
            </li>
          );
        })}
      </ul>
      <p className="small-text">{recording.oauth.some((o) => o.step === 'authorize') ? t('recording.signIn') : t('recording.noSignIn')}</p>
      {recording.oauth
        .filter((o) => o.step === 'error')
        .map((o) => (
          <p key={`${o.at}${o.detail ?? ''}`} className="banner error small-text">
            {t('recording.oauthError', { message: o.detail ?? '' })}
          </p>
        ))}
    </div>
  );
}

/**
 * Every batch of logs added so far, in order, each with what it was added for and the answers it
 * filled (each with its own question); with more than one, what they show only together.
 */
function ScanBatches({ batches, describeFact }: { batches: readonly ScanBatch[]; describeFact: DescribeFact }) {
  const t = useT();
  const { formatDateTime } = useI18n();
  const { knowledge } = useLanguageEngine().engine;
  const alone = new Set(batches.flatMap((b) => Object.keys(b.report.facts)));
  const together = batches.length > 1 ? mergeScanReports(batches.map((b) => b.report)) : undefined;
  const onlyTogether = together ? (Object.entries(together.facts) as [FactName, unknown][]).filter(([fact]) => !alone.has(fact)) : [];
  return (
    <div className="stack" data-testid="scan-batches">
      <h3>{t('logs.batches')}</h3>
      <ol className="scan-batches">
        {batches.map((batch, i) => (
          <li key={`${batch.at}-${i}`} className="stack" data-testid="scan-batch">
            <p className="small-text">
              <strong>{t('logs.batch', { n: i + 1, when: formatDateTime(batch.at) })}</strong>
              {batch.forQuestion && <> · {t('logs.batchFor', { question: knowledge.questions.find((q) => q.id === batch.forQuestion)?.text ?? batch.forQuestion })}</>}
            </p>
            <ScanSummary report={batch.report} describeFact={describeFact} />
          </li>
        ))}
      </ol>
      {together && (
        <div className="stack" data-testid="scan-together">
          <p className="small-text">{t('logs.together', { batches: batches.length, files: together.files.length, signatures: together.signatures.length, facts: Object.keys(together.facts).length })}</p>
          {onlyTogether.length > 0 && <FilledAnswers facts={onlyTogether} describeFact={describeFact} label={t('logs.onlyTogether')} />}
        </div>
      )}
    </div>
  );
}

/** The answers a scan filled, each under the question it answers. */
function FilledAnswers({ facts, describeFact, label }: { facts: [FactName, unknown][]; describeFact: DescribeFact; label: string }) {
  return (
    <div className="small-text" data-testid="scan-answers">
      <p>{label}</p>
      <ul>
        {facts.map(([fact, value]) => {
          const { question, answer } = describeFact(fact, value);
          return (
            <li key={fact} data-fact={fact}>
              {question} <strong translate={isExactAnswer(fact) ? 'no' : undefined}>{answer}</strong>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function ScanSummary({ report: scanned, describeFact }: { report: ScanReport; describeFact: DescribeFact }) {
  const { t, locale } = useI18n();
  // The scanner writes in English (the session keeps it so); the window shows its sentences and signatures in its language.
  const { knowledge } = useLanguageEngine().engine;
  const report = useMemo(() => scanReportIn(scanned, locale, { scanned: english.signatures, shown: knowledge.signatures }), [scanned, locale, knowledge]);
  const facts = Object.keys(report.facts).length;
  return (
    <div className="stack" role="status" data-testid="scan-summary">
      <p className="banner ok">{t('logs.done', { files: report.files.length, signatures: report.signatures.length, facts })}</p>
      {facts > 0 && <FilledAnswers facts={Object.entries(report.facts) as [FactName, unknown][]} describeFact={describeFact} label={t('logs.answered')} />}
      {report.files
        .filter((f) => f.problem)
        .map((f) => (
          <p key={f.name} className="banner error small-text">
            {f.name}: {f.problem}
          </p>
        ))}
      {report.recording && <RecordingSummary recording={report.recording} />}
      {report.signatures.length > 0 && (
        <ul className="small-text">
          {report.signatures.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong> — {t('logs.seen', { n: s.count, file: s.file, line: s.line })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
