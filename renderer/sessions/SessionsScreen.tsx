import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionSummary } from '../../electron/api/schemas';
import { errorMessage, useApi } from '../app/api';
import { useLanguageEngine } from '../wizard/language-engine';
import { downloadFile } from '../app/download';
import { navigate } from '../app/route';
import { useI18n } from '../i18n';
import { StatusBadge } from '../components/StatusBadge';

type Listing = { state: 'loading' } | { state: 'ready'; sessions: SessionSummary[] } | { state: 'failed'; message: string };

/** The saved sessions: resume, rename, delete, export one as JSON, import one. */
export function SessionsScreen() {
  const api = useApi();
  const { t, formatDateTime } = useI18n();
  const { knowledge } = useLanguageEngine().engine;
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [renaming, setRenaming] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(() => {
    api.sessions.list().then(
      ({ sessions }) => setListing({ state: 'ready', sessions: [...sessions].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) }),
      (error: unknown) => setListing({ state: 'failed', message: errorMessage(error) }),
    );
  }, [api]);
  useEffect(reload, [reload]);

  const act = (work: Promise<unknown>, done?: string) => {
    work.then(
      () => {
        if (done) setNotice({ kind: 'ok', text: done });
        reload();
      },
      (error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }),
    );
  };

  const remove = (s: SessionSummary) => {
    if (!window.confirm(t('sessions.confirmDelete', { name: s.name }))) return;
    act(api.sessions.delete({ id: s.id }), t('sessions.deleted', { name: s.name }));
  };

  const exportOne = (s: SessionSummary) => {
    api.sessions.export({ id: s.id }).then(
      ({ filename, content }) => downloadFile(filename, content, 'application/json'),
      (error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }),
    );
  };

  const importFiles = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      try {
        const known = listing.state === 'ready' ? listing.sessions.map((k) => k.id) : [];
        const session = await api.sessions.import({ content: await file.text() });
        setNotice({ kind: 'ok', text: known.includes(session.id) ? t('sessions.alreadyThere', { name: session.name }) : t('sessions.imported', { name: session.name }) });
      } catch (error) {
        setNotice({ kind: 'error', text: t('sessions.importFailed', { file: file.name, message: errorMessage(error) }) });
      }
    }
    if (fileInput.current) fileInput.current.value = '';
    reload();
  };

  return (
    <section className="card stack" aria-labelledby="sessions-title" data-testid="sessions" data-ready={listing.state !== 'loading'}>
      <div className="spread">
        <h1 id="sessions-title">{t('sessions.title')}</h1>
        <div className="row">
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('sessions.import')}
          </button>
          <input ref={fileInput} type="file" accept="application/json,.json" multiple hidden aria-label={t('sessions.importFile')} onChange={(e) => void importFiles(e.target.files)} />
          <button type="button" className="primary" onClick={() => navigate({ page: 'new' })}>
            {t('sessions.new')}
          </button>
        </div>
      </div>
      <p className="muted">{t('sessions.intro')}</p>
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} className={`banner ${notice.kind}`}>
          {notice.text}
        </p>
      )}
      {listing.state === 'failed' && <p role="alert" className="banner error">{listing.message}</p>}
      {listing.state === 'ready' && listing.sessions.length === 0 && <p className="empty">{t('sessions.none')}</p>}
      {listing.state === 'ready' && listing.sessions.length > 0 && (
        <table className="sessions-table">
          <thead>
            <tr>
              <th scope="col">{t('sessions.col.name')}</th>
              <th scope="col">{t('sessions.col.problem')}</th>
              <th scope="col">{t('sessions.col.result')}</th>
              <th scope="col">{t('sessions.col.answers')}</th>
              <th scope="col">{t('sessions.col.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('sessions.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listing.sessions.map((s) => (
              <tr key={s.id} data-testid="session-row" data-session-id={s.id}>
                <td>
                  {renaming === s.id ? (
                    <RenameForm
                      name={s.name}
                      onCancel={() => setRenaming(undefined)}
                      onSave={(name) => {
                        setRenaming(undefined);
                        act(api.sessions.rename({ id: s.id, name }));
                      }}
                    />
                  ) : (
                    <a href={`#/session/${s.id}`}>{s.name}</a>
                  )}
                </td>
                <td>{s.symptom ? knowledge.symptoms.find((k) => k.id === s.symptom)?.title : t('sessions.noProblemYet')}</td>
                <td data-testid="session-result">
                  {s.result ? (
                    <span className="row">
                      <StatusBadge status={s.result.status} />
                      <span>{s.result.title}</span>
                    </span>
                  ) : (
                    <span className="muted">{t('sessions.noResult')}</span>
                  )}
                </td>
                <td>{s.answerCount}</td>
                <td>{formatDateTime(s.updatedAt)}</td>
                <td className="actions">
                  <button type="button" className="small" onClick={() => navigate({ page: 'session', id: s.id })} aria-label={t('sessions.resumeAria', { name: s.name })}>
                    {t('sessions.resume')}
                  </button>
                  <button type="button" className="small" onClick={() => setRenaming(s.id)} aria-label={t('sessions.renameAria', { name: s.name })}>
                    {t('sessions.rename')}
                  </button>
                  <button type="button" className="small" onClick={() => exportOne(s)} aria-label={t('sessions.exportAria', { name: s.name })}>
                    {t('sessions.export')}
                  </button>
                  <button type="button" className="small danger" onClick={() => remove(s)} aria-label={t('sessions.deleteAria', { name: s.name })}>
                    {t('sessions.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** An inline name editor: Enter saves, Escape cancels. */
export function RenameForm({ name, onSave, onCancel }: { name: string; onSave: (name: string) => void; onCancel: () => void }) {
  const t = useI18n().t;
  const [value, setValue] = useState(name);
  const empty = value.trim() === '';
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (!empty) onSave(value.trim());
      }}
    >
      <input
        autoFocus
        aria-label={t('sessions.newName')}
        value={value}
        maxLength={200}
        aria-invalid={empty}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" className="small" disabled={empty}>
        {t('sessions.saveName')}
      </button>
      <button type="button" className="small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
