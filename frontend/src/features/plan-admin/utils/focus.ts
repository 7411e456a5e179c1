/** Moves the focus to an element once React has drawn it, e.g. back to the button that opened a closed form. */
export function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
