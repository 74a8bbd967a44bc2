import { SETTINGS_LINK_HTML, SETTINGS_PAGE_PATH } from './settingsLinkContent.ts';

interface Props {
  /** The popup opens the page in a tab of its own; the new tab simply goes there. */
  inNewTab: boolean;
}

/** The way from a question to the settings and the stats (the options page), in a page's top bar. */
export function SettingsLink({ inNewTab }: Props) {
  return (
    <a
      class="settings-link"
      href={SETTINGS_PAGE_PATH}
      title="Settings and stats"
      target={inNewTab ? '_blank' : undefined}
      // A fixed icon of ours, shared with the first views so both render the same markup.
      dangerouslySetInnerHTML={{ __html: SETTINGS_LINK_HTML }}
    />
  );
}
