import type { JSX } from 'preact';

function Icon(props: { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg class="qari-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      {props.children}
    </svg>
  );
}

export function CloseIcon() {
  return (
    <Icon>
      <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </Icon>
  );
}

export function SettingsIcon() {
  return (
    <Icon>
      <path d="M3 19L8.5 5h1L15 19M5.3 14h7.4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
      <path d="M17 19v-5.5a2.5 2.5 0 1 1 5 0V19m0-3h-5" fill="none" stroke="currentColor" stroke-width="1.6" />
    </Icon>
  );
}

export function MinusIcon() {
  return (
    <Icon>
      <path d="M5 12h14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </Icon>
  );
}

export function PlusIcon() {
  return (
    <Icon>
      <path d="M5 12h14M12 5v14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </Icon>
  );
}

export function ListenIcon() {
  return (
    <Icon>
      <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
      <path d="M15.5 9a4.5 4.5 0 0 1 0 6M18 6.5a8 8 0 0 1 0 11" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </Icon>
  );
}

export function StopIcon() {
  return (
    <Icon>
      <rect x="6.5" y="6.5" width="11" height="11" rx="1.5" fill="currentColor" />
    </Icon>
  );
}

/** A list: bullets at the line starts, lines after them (mirrored in a right-to-left interface by the toolbar's styles). */
export function ContentsIcon() {
  return (
    <Icon>
      <path d="M9 6.5h11M9 12h11M12 17.5h8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
      <path d="M4.5 6.5h.01M4.5 12h.01M7.5 17.5h.01" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" />
    </Icon>
  );
}
