/**
 * Whether an event came from the person at the keyboard or mouse, not from a page script poking the
 * reader's open shadow root (`button.click()`, a dispatched Escape). Only such events may close the
 * reader or change a setting. jsdom can only make untrusted events, so unit tests (Vitest's "test" mode)
 * count theirs as the user's; every real build checks `isTrusted`.
 */
export function fromUser(event: Event): boolean {
  return event.isTrusted || import.meta.env.MODE === 'test';
}
