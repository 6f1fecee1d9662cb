import { fromUser } from './from-user';
import { t } from './i18n';

export function NoArticleMessage(props: { reason?: 'too-large' | 'list'; onClose?(): void; onShowAnyway?(): void }) {
  const tooLarge = props.reason === 'too-large';
  const list = props.reason === 'list';
  return (
    <div class="qari-empty" role="status">
      <h1 class="qari-empty-title">{t(tooLarge ? 'too_large_title' : 'no_article_title')}</h1>
      <p>{t(tooLarge ? 'too_large_body' : list ? 'no_article_list_body' : 'no_article_body')}</p>
      <div class="qari-empty-actions">
        {list && props.onShowAnyway && (
          <button type="button" class="qari-empty-show" onClick={(event) => fromUser(event) && props.onShowAnyway?.()}>
            {t('show_anyway')}
          </button>
        )}
        {props.onClose && (
          <button type="button" class="qari-empty-close" onClick={(event) => fromUser(event) && props.onClose?.()}>
            {t('close_reader')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Shown, on a long page, while the article is being prepared: a live status, so a screen reader says it too. */
export function PreparingMessage() {
  return (
    <div class="qari-empty qari-preparing" role="status" aria-live="polite">
      <p>{t('preparing_article')}</p>
    </div>
  );
}
