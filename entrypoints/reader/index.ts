import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { getReaderApi, setReaderApi } from '../../utils/reader-api';
import { createReaderController } from './controller';

export default defineUnlistedScript(() => {
  if (!getReaderApi()) setReaderApi(createReaderController(document));
});
