import { fromUser } from './from-user';
import { t } from './i18n';

export function NoArticleMessage(props: { onClose?(): void }) {
  return (
    <div class="qari-empty" role="status">
      <h1 class="qari-empty-title">{t('no_article_title')}</h1>
      <p>{t('no_article_body')}</p>
      {props.onClose && (
        <button type="button" class="qari-empty-close" onClick={(event) => fromUser(event) && props.onClose?.()}>
          {t('close_reader')}
        </button>
      )}
    </div>
  );
}
