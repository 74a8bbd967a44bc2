/**
 * What the settings link shows: a sliders icon, and its name for screen readers. One string for the
 * Preact component (SettingsLink) and the first views (components/firstPaint.ts), which must match.
 */
export const SETTINGS_LINK_HTML =
  '<svg class="settings-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
  '<path d="M4 7h9M17 7h3M4 17h3M11 17h9"></path><circle cx="15" cy="7" r="2"></circle><circle cx="9" cy="17" r="2"></circle>' +
  '</svg><span class="visually-hidden">Settings and stats</span>';

export const SETTINGS_PAGE_PATH = '/options.html';
