/**
 * Light/dark theme. Strato's AppRoot reads the theme once from the platform's user preferences
 * (`dtRuntime.userPreferences.getTheme`) or the browser's colour scheme, and applies it as the
 * `data-theme` attribute (on `<html>` and its own element) that Strato's design tokens key on. The
 * app offers an override stored in localStorage: it answers `getTheme` before the platform does
 * (so the first paint is right), and a later choice only changes that attribute
 * (`applyTheme`): the tree is never remounted, so no page loses its state or refetches.
 * "auto" follows the platform again.
 */
export type ThemeChoice = 'auto' | 'light' | 'dark';
const KEY = 'team-alerting:theme';

export function storedTheme(): ThemeChoice {
  try {
    const v = globalThis.localStorage?.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

export function storeTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'auto') globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, choice);
  } catch {
    // private mode: the choice lasts until reload
  }
}

export type Theme = 'light' | 'dark';

/** The theme a choice means now: the choice itself, else the platform's, else the browser's colour scheme. */
export function resolveTheme(choice: ThemeChoice): Theme {
  if (choice !== 'auto') return choice;
  const platform = platformGetTheme();
  if (platform === 'light' || platform === 'dark') return platform;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Applies a theme where Strato's tokens read it: `<html>` (overlays render in portals) and the app root element. */
export function applyTheme(theme: Theme, appRoot: HTMLElement | null): void {
  globalThis.document?.documentElement.setAttribute('data-theme', theme);
  appRoot?.setAttribute('data-theme', theme);
}

let platformGetTheme: () => string = () => 'auto';

interface RuntimeWithPreferences {
  dtRuntime?: { userPreferences?: Record<string, unknown> };
}

/** Installs the override once; later choices are read from localStorage on every call. */
export function installThemeOverride(): void {
  const g = globalThis as unknown as RuntimeWithPreferences;
  try {
    g.dtRuntime = g.dtRuntime ?? {};
    const prefs = (g.dtRuntime.userPreferences = g.dtRuntime.userPreferences ?? {});
    if (typeof prefs.getTheme === 'function') platformGetTheme = prefs.getTheme as () => string;
    prefs.getTheme = () => {
      const choice = storedTheme();
      return choice === 'auto' ? platformGetTheme() : choice;
    };
  } catch {
    // a frozen runtime object: the platform theme applies and the toggle has no effect
  }
}
