import { useState, type ReactNode } from 'react';
import { TEAMS, firstActions, type DiagnosedCause, type Diagnosis, type FactName, type Question, type RenderedSolution, type RenderedStep } from '../../knowledge';
import { CopyButton } from '../components/CopyButton';
import { StatusBadge } from '../components/StatusBadge';
import { useT } from '../i18n';
import { SourceSection } from './SourceSection';

type Tab = 'causes' | 'teams';

/**
 * The diagnosis, in the order an admin acts on it: what to do first (one or two fixes, an upgrade
 * before what depends on it), then the confirmed and likely causes in full, then the possible ones
 * as one line each ("things to check next", opened on demand), then what was ruled out.
 */
export function DiagnosisView({
  diagnosis,
  questionOf,
  onAnswerUnknown,
  exportSlot,
  problemUnknown,
}: {
  diagnosis: Diagnosis;
  questionOf: (fact: FactName) => Question | undefined;
  onAnswerUnknown: (fact: FactName) => void;
  exportSlot?: ReactNode;
  /** The admin did not say which problem it is: the page says how to tell. */
  problemUnknown?: ReactNode;
}) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('causes');
  const count = (status: DiagnosedCause['status']) => diagnosis.causes.filter((c) => c.status === status).length;
  const unknown = diagnosis.unknown.map((fact) => ({ fact, question: questionOf(fact) })).filter((u) => u.question);
  const strong = diagnosis.causes.filter((c) => c.status !== 'possible');
  const possible = diagnosis.causes.filter((c) => c.status === 'possible');
  const actions = firstActions(diagnosis);

  return (
    <section className="card stack" aria-labelledby="diagnosis-title" data-testid="diagnosis">
      <div className="spread">
        <h1 id="diagnosis-title" tabIndex={-1}>
          {t('diagnosis.title')}
        </h1>
        {exportSlot}
      </div>
      <p className="diagnosis-summary" data-testid="diagnosis-summary">
        {diagnosis.causes.length === 0
          ? t('diagnosis.none')
          : t('diagnosis.summary', { confirmed: count('confirmed'), likely: count('likely'), possible: count('possible'), ruledOut: diagnosis.ruledOut.length })}
      </p>
      {problemUnknown}

      <section className="first-actions" aria-labelledby="first-title" data-testid="first-actions">
        <h2 id="first-title">{t('diagnosis.firstTitle')}</h2>
        {actions.length > 0 ? (
          <ol className="stack">
            {actions.map(({ cause, solution }) => (
              <li key={cause.id} data-testid="first-action" data-cause={cause.id}>
                <p className="first-action-head">
                  <strong>{solution.title}</strong>
                  <span className="muted">
                    {' '}
                    — {t(`team.${solution.team}`)} · {t('diagnosis.forCause', { cause: cause.title })}
                  </span>{' '}
                  <StatusBadge status={cause.status} />
                </p>
                {solution.steps[0] && <StepView step={solution.steps[0]} />}
                {solution.steps.length > 1 && (
                  <a className="small-text block" href={`#cause-${cause.id.replace('/', '-')}`}>
                    {t('diagnosis.allSteps', { n: solution.steps.length })}
                  </a>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p>{unknown.length > 0 ? t('diagnosis.firstAnswer') : t('diagnosis.firstNothing')}</p>
        )}
      </section>

      {strong.length > 0 && (
        <>
          <div role="tablist" className="tabs" aria-label={t('diagnosis.viewAs')}>
            <button type="button" role="tab" id="tab-causes" aria-selected={tab === 'causes'} aria-controls="panel-causes" onClick={() => setTab('causes')}>
              {t('diagnosis.tabCauses')}
            </button>
            <button type="button" role="tab" id="tab-teams" aria-selected={tab === 'teams'} aria-controls="panel-teams" onClick={() => setTab('teams')}>
              {t('diagnosis.tabTeams')}
            </button>
          </div>
          {tab === 'causes' ? (
            <div role="tabpanel" id="panel-causes" aria-labelledby="tab-causes" className="stack">
              {strong.map((cause, rank) => (
                <CauseCard key={cause.id} cause={cause} rank={rank + 1} />
              ))}
            </div>
          ) : (
            <div role="tabpanel" id="panel-teams" aria-labelledby="tab-teams" className="stack">
              <ByTeam causes={strong} />
            </div>
          )}
        </>
      )}

      {(possible.length > 0 || unknown.length > 0) && (
        <section aria-labelledby="next-title" className="stack" data-testid="check-next">
          <h2 id="next-title">{t('diagnosis.nextTitle')}</h2>
          {unknown.length > 0 && (
            <div data-testid="unknown-facts">
              <p className="muted">{t('diagnosis.unknownIntro')}</p>
              <ul>
                {unknown.slice(0, 3).map((u) => (
                  <li key={u.fact}>
                    {u.question?.text}{' '}
                    <button type="button" className="link" onClick={() => onAnswerUnknown(u.fact)} aria-label={t('diagnosis.answerNowAria', { question: u.question?.text ?? '' })}>
                      {t('diagnosis.answerNow')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {possible.length > 0 && (
            <ul className="cause-list possible-list">
              {possible.map((cause, i) => (
                <li key={cause.id} className="cause-item possible" data-testid="diagnosed-cause" data-cause={cause.id} data-status={cause.status}>
                  <details>
                    <summary>
                      <StatusBadge status="possible" />
                      <span className="cause-title">{cause.title}</span>
                    </summary>
                    <CauseBody cause={cause} rank={strong.length + i + 1} />
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {diagnosis.ruledOut.length > 0 && (
        <details data-testid="ruled-out">
          <summary>{t('diagnosis.ruledOut', { n: diagnosis.ruledOut.length })}</summary>
          <ul className="cause-list">
            {diagnosis.ruledOut.map((c) => (
              <li key={c.id} className="cause-item ruled-out">
                <div className="row">
                  <StatusBadge status="ruled-out" />
                  <span className="cause-title">{c.title}</span>
                </div>
                <ul className="why">
                  {c.because.map((b, i) => (
                    <li key={i}>{b}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function CauseCard({ cause, rank }: { cause: DiagnosedCause; rank: number }) {
  const t = useT();
  return (
    <article
      id={`cause-${cause.id.replace('/', '-')}`}
      className={`diag-cause ${cause.status}`}
      data-testid="diagnosed-cause"
      data-cause={cause.id}
      data-status={cause.status}
      aria-labelledby={`cause-${rank}`}
    >
      <h3 id={`cause-${rank}`} className="cause-heading">
        <span className="muted">{t('diagnosis.rank', { n: rank })}</span>
        <StatusBadge status={cause.status} />
        <span>{cause.title}</span>
      </h3>
      <CauseBody cause={cause} rank={rank} />
    </article>
  );
}

/** Why, then what each team does, then the source: the body of a cause, open or folded. */
function CauseBody({ cause, rank }: { cause: DiagnosedCause; rank: number }) {
  const t = useT();
  const teams = TEAMS.filter((team) => cause.solutions.some((s) => s.team === team));
  return (
    <>
      {cause.because.length > 0 && (
        <>
          <h4 className="small-text muted">{t('diagnosis.because')}</h4>
          <ul className="because">
            {cause.because.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </>
      )}
      {teams.map((team) => (
        <div key={team} className="team-group" data-team={team}>
          <h4>{t('diagnosis.teamActs', { team: t(`team.${team}`) })}</h4>
          {cause.solutions
            .filter((s) => s.team === team)
            .map((s) => (
              <SolutionView key={s.id} solution={s} headingId={`solution-${rank}-${s.id}`} />
            ))}
        </div>
      ))}
      <SourceSection source={cause.source} />
    </>
  );
}

function ByTeam({ causes }: { causes: DiagnosedCause[] }) {
  const t = useT();
  // Causes come ranked; a team whose work fixes a stronger cause comes first.
  const firstRank = (team: string) => causes.findIndex((c) => c.solutions.some((s) => s.team === team));
  const teams = TEAMS.filter((team) => firstRank(team) !== -1).sort((a, b) => firstRank(a) - firstRank(b));
  return teams.map((team) => {
    const work = causes.flatMap((cause) => cause.solutions.filter((s) => s.team === team).map((solution) => ({ cause, solution })));
    return (
      <section key={team} className="team-group" data-testid="team-group" data-team={team} aria-labelledby={`team-${team}`}>
        <h3 id={`team-${team}`}>{t(`team.${team}`)}</h3>
        {work.map(({ cause, solution }) => (
          <div key={`${cause.id}/${solution.id}`} className={`diag-cause ${cause.status}`}>
            <p className="row">
              <StatusBadge status={cause.status} />
              <span>{t('diagnosis.forCause', { cause: cause.title })}</span>
            </p>
            <SolutionView solution={solution} headingId={`team-${team}-${solution.id}`} />
          </div>
        ))}
      </section>
    );
  });
}

function SolutionView({ solution, headingId }: { solution: RenderedSolution; headingId: string }) {
  const t = useT();
  return (
    <div className="solution" data-testid="solution" data-solution={solution.id} aria-labelledby={headingId}>
      <p id={headingId} className="solution-title">
        <strong>{solution.title}</strong>
      </p>
      <ol>
        {solution.steps.map((step, i) => (
          <li key={i}>
            <StepView step={step} />
          </li>
        ))}
      </ol>
      {solution.notes.length > 0 && (
        <div className="notes">
          <strong>{t('diagnosis.note')}</strong>
          <ul>
            {solution.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <SourceSection source={solution.source} />
    </div>
  );
}

/**
 * A label of a screen ("Reset failed login count") is words and spaces only: it is read, not pasted,
 * so it gets no copy button. Scopes, endpoints, JVM arguments, headers and commands do.
 */
export const isToPaste = (code: string) => !/^[A-Za-z][A-Za-z ]*$/.test(code.trim()) || !/\s/.test(code.trim());

function StepView({ step }: { step: RenderedStep }) {
  return (
    <>
      {step.text}
      {step.code?.map((code, j) =>
        isToPaste(code) ? (
          <div key={j} className="code-line">
            <code data-testid="copyable">{code}</code>
            <CopyButton text={code} label={code} />
          </div>
        ) : (
          <div key={j} className="code-line">
            <strong className="ui-label" data-testid="ui-label">
              {code}
            </strong>
          </div>
        ),
      )}
    </>
  );
}
