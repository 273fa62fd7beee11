import { useState } from 'react';
import { citationOf, type Provenance } from '../../knowledge';
import { errorMessage, useApi } from '../app/api';
import { useI18n } from '../i18n';

type Section = { heading: string; originalHeading?: string; title: string; text: string };
type Loaded = { state: 'closed' } | { state: 'loading' } | ({ state: 'open' } & Section) | { state: 'failed'; message: string };

/** The cited section of the source article, from the text bundled with the app (no network). */
export function SourceSection({ source }: { source: Provenance }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'closed' });
  const cited = citationOf(source, locale);
  const citation = cited.section ? t('source.article', { title: cited.title, section: cited.section }) : t('source.page', { title: cited.title });
  const article = source.article;

  const toggle = () => {
    if (loaded.state === 'open' || loaded.state === 'failed') return setLoaded({ state: 'closed' });
    setLoaded({ state: 'loading' });
    api.source.get({ article, section: source.section }).then(
      (found) => setLoaded({ state: 'open', heading: found.heading, title: found.title, text: found.text, ...(found.originalHeading ? { originalHeading: found.originalHeading } : {}) }),
      (error: unknown) => setLoaded({ state: 'failed', message: errorMessage(error) }),
    );
  };

  return (
    <div className="small-text">
      <div className="row">
        <span className="muted">{citation}</span>
        {cited.url && (
          <a className="link" href={cited.url} target="_blank" rel="noopener noreferrer" data-testid="source-link">
            {t('source.online')}
          </a>
        )}
        <button type="button" className="link" aria-expanded={loaded.state === 'open'} onClick={toggle} data-testid="show-source">
          {loaded.state === 'open' ? t('source.hide') : t('source.show')}
        </button>
      </div>
      {loaded.state === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {loaded.state === 'failed' && <p className="banner error">{loaded.message}</p>}
      {loaded.state === 'open' && (
        <figure className="source-text" data-testid="source-text">
          <figcaption>
            {/* Article 001 is the Japanese edition: the heading in the UI's language, the published one quoted beside an English heading. */}
            <strong>{loaded.title}</strong> — {locale === 'ja' && loaded.originalHeading ? loaded.originalHeading : loaded.heading}
            {loaded.originalHeading && locale !== 'ja' && (
              <span className="muted small-text" data-testid="source-original-heading">
                {' · '}
                {t('source.originalHeading')} <span lang="ja">{loaded.originalHeading}</span>
              </span>
            )}
          </figcaption>
          {loaded.text}
        </figure>
      )}
    </div>
  );
}
