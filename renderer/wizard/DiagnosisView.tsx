import { useState, type ReactNode } from 'react';
import { TEAMS, type DiagnosedCause, type Diagnosis, type FactName, type Question, type RenderedSolution } from '../../knowledge';
import { CopyButton } from '../components/CopyButton';
import { StatusBadge } from '../components/StatusBadge';
import { useT } from '../i18n';
import { SourceSection } from './SourceSection';

type Tab = 'causes' | 'teams';

/**
 * The diagnosis: causes ranked with why, the fix for each grouped by the team that must act, exact
 * strings with copy buttons, and the cited article text. Unknown facts that could still change the
 * result are offered as questions to answer.
 */
export function DiagnosisView({
  diagnosis,
  questionOf,
  onAnswerUnknown,
  exportSlot,
}: {
  diagnosis: Diagnosis;
  questionOf: (fact: FactName) => Question | undefined;
  onAnswerUnknown: (fact: FactName) => void;
  exportSlot?: ReactNode;
}) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('causes');
  const count = (status: DiagnosedCause['status']) => diagnosis.causes.filter((c) => c.status === status).length;
  const unknown = diagnosis.unknown.map((fact) => ({ fact, question: questionOf(fact) })).filter((u) => u.question);

  return (
    <section className="card stack" aria-labelledby="diagnosis-title" data-testid="diagnosis">
      <div className="spread">
        <h1 id="diagnosis-title">{t('diagnosis.title')}</h1>
        {exportSlot}
      </div>
      <p className="diagnosis-summary" data-testid="diagnosis-summary">
        {diagnosis.causes.length === 0
          ? t('diagnosis.none')
          : t('diagnosis.summary', { confirmed: count('confirmed'), likely: count('likely'), possible: count('possible'), ruledOut: diagnosis.ruledOut.length })}
      </p>

      {unknown.length > 0 && (
        <div className="banner info" data-testid="unknown-facts">
          <p>{t('diagnosis.unknownIntro')}</p>
          <ul>
            {unknown.slice(0, 3).map((u) => (
              <li key={u.fact}>
                {u.question?.text}{' '}
                <button type="button" className="link" onClick={() => onAnswerUnknown(u.fact)}>
                  {t('diagnosis.answerNow')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      {diagnosis.causes.length > 0 && (
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
              {diagnosis.causes.map((cause, rank) => (
                <CauseCard key={cause.id} cause={cause} rank={rank + 1} />
              ))}
            </div>
          ) : (
            <div role="tabpanel" id="panel-teams" aria-labelledby="tab-teams" className="stack">
              <ByTeam causes={diagnosis.causes} />
            </div>
          )}
        </>
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
  const teams = TEAMS.filter((team) => cause.solutions.some((s) => s.team === team));
  return (
    <article className={`diag-cause ${cause.status}`} data-testid="diagnosed-cause" data-cause={cause.id} data-status={cause.status} aria-labelledby={`cause-${rank}`}>
      <h2 id={`cause-${rank}`} className="h3 cause-heading">
        <span className="muted">{t('diagnosis.rank', { n: rank })}</span>
        <StatusBadge status={cause.status} />
        <span>{cause.title}</span>
      </h2>
      {cause.because.length > 0 && (
        <>
          <h3 className="small-text muted">{t('diagnosis.because')}</h3>
          <ul className="because">
            {cause.because.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </>
      )}
      {teams.map((team) => (
        <div key={team} className="team-group" data-team={team}>
          <h3 className="h4">{t('diagnosis.teamActs', { team: t(`team.${team}`) })}</h3>
          {cause.solutions
            .filter((s) => s.team === team)
            .map((s) => (
              <SolutionView key={s.id} solution={s} />
            ))}
        </div>
      ))}
      <SourceSection source={cause.source} />
    </article>
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
        <h2 id={`team-${team}`} className="h3">
          {t(`team.${team}`)}
        </h2>
        {work.map(({ cause, solution }) => (
          <div key={`${cause.id}/${solution.id}`} className={`diag-cause ${cause.status}`}>
            <p className="row">
              <StatusBadge status={cause.status} />
              <span>{t('diagnosis.forCause', { cause: cause.title })}</span>
            </p>
            <SolutionView solution={solution} />
          </div>
        ))}
      </section>
    );
  });
}

function SolutionView({ solution }: { solution: RenderedSolution }) {
  const t = useT();
  return (
    <div className="solution" data-testid="solution" data-solution={solution.id}>
      <h4>{solution.title}</h4>
      <ol>
        {solution.steps.map((step, i) => (
          <li key={i}>
            {step.text}
            {step.code?.map((code, j) => (
              <div key={j} className="code-line">
                <code data-testid="copyable">{code}</code>
                <CopyButton text={code} label={code} />
              </div>
            ))}
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
