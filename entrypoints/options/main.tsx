import { render } from 'preact';
import { browser } from 'wxt/browser';
import { uiDir, uiLang } from '../../components/i18n';
import { App } from './App';
import { tr } from './options-text';
import type { CommandsApi } from './shortcut';
import './options.css';

/*
 * The page's direction is that of the translation it shows (its ui_dir message), not @@bidi_dir:
 * @@bidi_dir follows the browser's own UI locale, which can differ from the translation Chrome picks
 * (headless Chromium with LANGUAGE=ar shows the Arabic messages while @@bidi_dir says ltr).
 * Where the two agree, as in an Arabic browser, both give the same answer.
 */
document.documentElement.lang = uiLang();
document.documentElement.dir = uiDir();
document.title = tr('options_page_title');

render(
  <App
    commands={browser.commands as unknown as CommandsApi | undefined}
    openTab={(url) => browser.tabs.create({ url })}
    isMac={/Mac/i.test(navigator.platform)}
  />,
  document.getElementById('app')!,
);
