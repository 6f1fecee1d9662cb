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
