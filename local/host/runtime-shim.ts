/**
 * The runtime shim served at `/platform/runtime/runtime-loader.js`, the path the `index.html`
 * written by `dt-app build` loads before `main.js`. On Dynatrace that script provides
 * `globalThis.dtRuntime`; here it provides the same `appEnvironment` functions for the selected
 * persona, plus a small persona switcher fixed to the corner of the page (outside the app's root)
 * that switches with a same-origin navigation to `?persona=<id>` (see `persona-session.ts`).
 */

export interface ShimPersona {
  id: string;
  name: string;
  email: string;
  role: string;
}

export interface ShimContext {
  appId: string;
  appName: string;
  appVersion: string;
  environmentUrl: string;
  environmentId: string;
  persona: ShimPersona | undefined;
  personas: ShimPersona[];
}

/** JSON that is safe inside a <script>: no `</script>`, no HTML comment openers, no line separators. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function runtimeShimScript(context: ShimContext): string {
  const user = context.persona
    ? { id: context.persona.id, name: context.persona.name, email: context.persona.email }
    : { id: 'anonymous', name: 'Not signed in', email: '' };
  return `/* Team Alerting local host: runtime shim (stands in for Dynatrace's runtime-loader.js) */
(function () {
  var ctx = ${scriptSafeJson({ ...context, user })};
  globalThis.dtRuntime = Object.assign(globalThis.dtRuntime || {}, {
    appEnvironment: {
      getAppId: function () { return ctx.appId; },
      getAppName: function () { return ctx.appName; },
      getAppVersion: function () { return ctx.appVersion; },
      getEnvironmentId: function () { return ctx.environmentId; },
      getEnvironmentUrl: function () { return ctx.environmentUrl; },
      getCurrentUserDetails: function () { return ctx.user; }
    },
    // @dynatrace-sdk/user-preferences reads these; the browser's own settings stand in for the
    // user's Dynatrace preferences
    userPreferences: {
      getTheme: function () { return 'auto'; },
      getLanguage: function () { return 'en'; },
      getRegionalFormat: function () { return (navigator.language || 'en').split('-')[0]; },
      getTimezone: function () { try { return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch (e) { return 'UTC'; } }
    }
  });
  function mountSwitcher() {
    if (document.getElementById('local-persona-switcher')) return;
    var box = document.createElement('div');
    box.id = 'local-persona-switcher';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', 'Local platform persona');
    box.style.cssText = 'position:fixed;right:8px;bottom:8px;z-index:2147483647;background:#1b1d2a;color:#fff;font:12px sans-serif;padding:6px 8px;border-radius:6px;opacity:.92;box-shadow:0 2px 6px rgba(0,0,0,.3)';
    var label = document.createElement('label');
    label.textContent = 'Persona (local) ';
    label.htmlFor = 'local-persona-select';
    var select = document.createElement('select');
    select.id = 'local-persona-select';
    select.style.cssText = 'margin-left:4px;font:12px sans-serif';
    ctx.personas.forEach(function (p) {
      var option = document.createElement('option');
      option.value = p.id;
      option.textContent = p.name + ' (' + p.role + ')';
      if (ctx.persona && ctx.persona.id === p.id) option.selected = true;
      select.appendChild(option);
    });
    if (!ctx.persona) {
      var none = document.createElement('option');
      none.textContent = 'choose a persona';
      none.selected = true;
      none.disabled = true;
      select.insertBefore(none, select.firstChild);
    }
    // a navigation this page starts: the browser marks it "Sec-Fetch-Site: same-origin", which
    // the host requires before it sets the persona cookie (a link on another site cannot)
    select.addEventListener('change', function () {
      var url = new URL(window.location.href);
      url.searchParams.set('persona', select.value);
      window.location.assign(url.toString());
    });
    box.appendChild(label);
    box.appendChild(select);
    document.body.appendChild(box);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountSwitcher);
  else mountSwitcher();
})();
`;
}
