import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READER_API_KEY, setReaderApi } from '../../utils/reader-api';
import { createReaderController } from './controller';

/**
 * Whether this world already has a reader (the module imported twice). Only an own property counts:
 * a page element named like the key (<div id="__qariReaderApi">) shows through window's named
 * properties, and must neither pass for the reader nor keep it from loading.
 */
function hasReader(): boolean {
  const api = Object.getOwnPropertyDescriptor(globalThis, READER_API_KEY)?.value as { toggle?: unknown } | undefined;
  return typeof api?.toggle === 'function';
}

export default defineUnlistedScript(() => {
  if (!hasReader()) setReaderApi(createReaderController(document));
});
