import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { getReaderApi, setReaderApi } from '../../utils/reader-api';
import { createReaderController } from './controller';

export default defineUnlistedScript(() => {
  // Imported twice in one world (a second content-script instance): keep the reader that is there.
  if (!getReaderApi()) setReaderApi(createReaderController(document));
});
