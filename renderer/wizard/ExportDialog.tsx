import { useEffect, useRef, useState } from 'react';
import { errorMessage, useApi } from '../app/api';
import { base64ToBytes, downloadFile } from '../app/download';
import { useT } from '../i18n';

type Format = 'pdf' | 'md' | 'wiki' | 'json';
type Preview = { state: 'loading' } | { state: 'ready'; text: string } | { state: 'failed'; message: string };

/**
 * Export buttons and their dialog: the report is previewed (its Markdown text, which the PDF is laid
 * out from) before it is saved, with the page size and the option to replace names by pseudonyms.
 */
export function ExportButtons({ sessionId, disabled }: { sessionId: string | undefined; disabled: boolean }) {
  const t = useT();
  const api = useApi();
  const [format, setFormat] = useState<Format>();
  const ready = !disabled && sessionId !== undefined;
  // The desktop menu's "Export report…" (Ctrl+E) opens the PDF export of the diagnosis on screen.
  useEffect(() => api.app.onMenuCommand((command) => command === 'export-report' && ready && setFormat('pdf')), [api, ready]);
  return (
    <div className="row" data-testid="export">
      {(['pdf', 'md', 'wiki', 'json'] as const).map((f) => (
        <button key={f} type="button" className="small" disabled={!ready} onClick={() => setFormat(f)} data-format={f}>
          {t(`export.${f}`)}
        </button>
      ))}
      {format && sessionId && <ExportDialog sessionId={sessionId} format={format} onClose={() => setFormat(undefined)} />}
    </div>
  );
}

function ExportDialog({ sessionId, format, onClose }: { sessionId: string; format: Format; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pageSize, setPageSize] = useState<'A4' | 'LETTER'>('A4');
  const [pseudonymize, setPseudonymize] = useState(false);
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const [error, setError] = useState<string>();
  // Saving renders the file again: one at a time, shown while it runs, and the result said plainly.
  const [saving, setSaving] = useState<'idle' | 'saving' | { saved: string }>('idle');

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    setPreview({ state: 'loading' });
    const previewFormat = format === 'pdf' ? 'md' : format;
    api.report.render({ sessionId, format: previewFormat, pageSize, pseudonymize }).then(
      (rendered) => current && setPreview({ state: 'ready', text: new TextDecoder().decode(base64ToBytes(rendered.base64)) }),
      (e: unknown) => current && setPreview({ state: 'failed', message: errorMessage(e) }),
    );
    return () => {
      current = false;
    };
  }, [api, sessionId, format, pageSize, pseudonymize]);

  const save = () => {
    if (saving === 'saving') return;
    setError(undefined);
    setSaving('saving');
    api.report.render({ sessionId, format, pageSize, pseudonymize }).then(
      (rendered) => {
        downloadFile(rendered.filename, base64ToBytes(rendered.base64), rendered.mimeType);
        setSaving({ saved: rendered.filename });
      },
      (e: unknown) => {
        setSaving('idle');
        setError(errorMessage(e));
      },
    );
  };

  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="export-title" data-testid="export-dialog">
      <div className="stack">
        <h2 id="export-title">{t('export.title', { format: t(`export.${format}`) })}</h2>
        <div className="row">
          {format === 'pdf' && (
            <label className="row">
              {t('export.pageSize')}
              <select value={pageSize} onChange={(e) => setPageSize(e.target.value as 'A4' | 'LETTER')}>
                <option value="A4">{t('export.a4')}</option>
                <option value="LETTER">{t('export.letter')}</option>
              </select>
            </label>
          )}
          <label className="row">
            <input type="checkbox" checked={pseudonymize} onChange={(e) => setPseudonymize(e.target.checked)} />
            {t('export.pseudonymize')}
          </label>
        </div>
        <p className="small-text muted">{format === 'pdf' ? t('export.previewPdf') : format === 'wiki' ? t('export.previewWiki') : t('export.preview')}</p>
        <div className="preview-frame" data-testid="export-preview" tabIndex={0} role="region" aria-label={t('export.previewRegion')}>
          {preview.state === 'loading' && <p className="muted">{t('common.loading')}</p>}
          {preview.state === 'failed' && <p className="banner error">{preview.message}</p>}
          {preview.state === 'ready' && <pre className="small-text">{preview.text}</pre>}
        </div>
        {error && <p role="alert" className="banner error">{error}</p>}
        <p role="status" data-testid="export-status" className="small-text">
          {saving === 'saving' ? t('export.saving') : typeof saving === 'object' ? t('export.saved', { file: saving.saved }) : ''}
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={save} disabled={saving === 'saving'} aria-busy={saving === 'saving'} data-testid="export-save">
            {saving === 'saving' && <span className="spinner" aria-hidden="true" />} {t('export.save')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {typeof saving === 'object' ? t('common.close') : t('common.cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
