/**
 * Light/dark theme. Strato's AppRoot reads the theme once from the platform's user preferences
 * (`dtRuntime.userPreferences.getTheme`) or the browser's colour scheme. The app offers an
 * override stored in localStorage: it answers `getTheme` before the platform does, and the app
 * remounts AppRoot so Strato picks it up. "auto" follows the platform again.
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

interface RuntimeWithPreferences {
  dtRuntime?: { userPreferences?: Record<string, unknown> };
}

/** Installs the override once; later choices are read from localStorage on every call. */
export function installThemeOverride(): void {
  const g = globalThis as unknown as RuntimeWithPreferences;
  try {
    g.dtRuntime = g.dtRuntime ?? {};
    const prefs = (g.dtRuntime.userPreferences = g.dtRuntime.userPreferences ?? {});
    const platformGetTheme = typeof prefs.getTheme === 'function' ? (prefs.getTheme as () => string) : () => 'auto';
    prefs.getTheme = () => {
      const choice = storedTheme();
      return choice === 'auto' ? platformGetTheme() : choice;
    };
  } catch {
    // a frozen runtime object: the platform theme applies and the toggle has no effect
  }
}
