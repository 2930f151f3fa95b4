/**
 * Keyboard users keep their place when a list changes: after a move, focus follows the moved
 * item's same button (or its other move button at an end); after a removal, the next item's
 * remove button or the add button; after an add, the new item's first input.
 */
const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), button:not([disabled]), [role="combobox"], [tabindex="0"]';

export function focusLater(root: HTMLElement | null, selectors: string[]): void {
  requestAnimationFrame(() => {
    for (const selector of selectors) {
      for (const target of root?.querySelectorAll<HTMLElement>(selector) ?? []) {
        const focusable = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
        if (focusable) {
          focusable.focus();
          return;
        }
      }
    }
  });
}

/** `[data-field-path="…"]` for a path (paths hold only keys, digits and dots). */
export const atPath = (path: string) => `[data-field-path="${path.replace(/["\\]/g, '')}"]`;
