import { useEffect, useRef, useState } from 'react';
import { errorMessage, useApi } from '../app/api';
import { base64ToBytes, downloadFile } from '../app/download';
import { firstPagePicture } from '../app/pdf-picture';
import { useI18n, useT } from '../i18n';

type Format = 'pdf' | 'md' | 'wiki' | 'json';
type Rendered = { filename: string; mimeType: string; bytes: Uint8Array<ArrayBuffer> };
/** A PDF previews as a picture of its first page; the other formats as their text. */
type Shown = { kind: 'text'; text: string } | { kind: 'picture'; url: string; width: number; height: number; pages: number };
type Preview = { state: 'loading' } | ({ state: 'ready'; file: Rendered } & Shown) | { state: 'failed'; message: string };

/** The width the page picture is drawn at, in CSS pixels (the dialog's preview frame). */
const PICTURE_WIDTH = 560;

/**
 * Export buttons and their dialog: the report is previewed before it is saved (a PDF as a picture
 * of its first page, the other formats as their text), with the page size and the option to replace
 * names by pseudonyms. Saving writes the very file the preview shows.
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
  const { t, locale } = useI18n();
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
    let picture: string | undefined;
    setPreview({ state: 'loading' });
    (async () => {
      const rendered = await api.report.render({ sessionId, format, pageSize, pseudonymize, language: locale });
      const file: Rendered = { filename: rendered.filename, mimeType: rendered.mimeType, bytes: base64ToBytes(rendered.base64) };
      if (format !== 'pdf') return { file, kind: 'text' as const, text: new TextDecoder().decode(file.bytes) };
      const page = await firstPagePicture(file.bytes, PICTURE_WIDTH);
      picture = URL.createObjectURL(page.blob);
      return { file, kind: 'picture' as const, url: picture, width: page.width, height: page.height, pages: page.pages };
    })().then(
      (shown) => current && setPreview({ state: 'ready', ...shown }),
      (e: unknown) => current && setPreview({ state: 'failed', message: errorMessage(e) }),
    );
    return () => {
      current = false;
      if (picture) URL.revokeObjectURL(picture);
    };
  }, [api, sessionId, format, pageSize, pseudonymize, locale]);

  const save = () => {
    if (saving === 'saving' || preview.state === 'loading') return;
    setError(undefined);
    const write = (file: Rendered) => {
      downloadFile(file.filename, file.bytes, file.mimeType);
      setSaving({ saved: file.filename });
    };
    if (preview.state === 'ready') return write(preview.file);
    // The preview failed: try once more, shown while it runs.
    setSaving('saving');
    api.report.render({ sessionId, format, pageSize, pseudonymize, language: locale }).then(
      (rendered) => write({ filename: rendered.filename, mimeType: rendered.mimeType, bytes: base64ToBytes(rendered.base64) }),
      (e: unknown) => {
        setSaving('idle');
        setError(errorMessage(e));
      },
    );
  };

  // The file is written while the preview is made: saving waits for it, and says so.
  const busy = saving === 'saving' || preview.state === 'loading';

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
          {preview.state === 'ready' && preview.kind === 'text' && <pre className="small-text">{preview.text}</pre>}
          {preview.state === 'ready' && preview.kind === 'picture' && (
            <img
              className="page-picture"
              src={preview.url}
              width={preview.width}
              height={preview.height}
              alt={t('export.pictureAlt', { pages: preview.pages })}
              data-testid="export-page-picture"
            />
          )}
        </div>
        {error && <p role="alert" className="banner error">{error}</p>}
        <p role="status" data-testid="export-status" className="small-text">
          {saving === 'saving' ? t('export.saving') : typeof saving === 'object' ? t('export.saved', { file: saving.saved }) : ''}
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={save} disabled={busy} aria-busy={busy} data-testid="export-save">
            {busy && <span className="spinner" aria-hidden="true" />} {t('export.save')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {typeof saving === 'object' ? t('common.close') : t('common.cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
