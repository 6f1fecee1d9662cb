import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { ReaderView } from '../../components/ReaderView';
import { READER_CSS, adoptStyles } from '../../components/reader-styles';
import type { Settings } from '../../utils/settings';
import { PREVIEW_ARTICLE } from './preview-article';

export interface ReaderPreviewProps {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  label: string;
}

/** The reader itself, in a shadow root as on a page, showing the seed article's opening with the current settings. */
export function ReaderPreview(props: ReaderPreviewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<ShadowRoot | null>(null);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    rootRef.current = root;
    const removeStyles = adoptStyles(root, READER_CSS);
    return () => {
      render(null, root);
      removeStyles();
      rootRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (!rootRef.current) return;
    render(
      <ReaderView article={PREVIEW_ARTICLE} settings={props.settings} onChange={props.onChange} onClose={() => undefined} hostname="elbalad.news" preview />,
      rootRef.current,
    );
  });

  return <div ref={hostRef} class="preview-host" role="region" aria-label={props.label} data-testid="reader-preview" />;
}
