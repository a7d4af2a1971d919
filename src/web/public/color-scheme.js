// Paints the page light or dark before the app loads, so a dark page does not flash white: the
// last choice made on this device (Mantine's local storage key; the app also stores the account's
// choice there), else the system's setting. A file rather than an inline script: the content
// security policy allows scripts from this origin only. Mantine's ColorSchemeScript does the same.
try {
  var stored = window.localStorage.getItem('mantine-color-scheme-value');
  var scheme = stored === 'light' || stored === 'dark' ? stored : 'auto';
  if (scheme === 'auto') scheme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
} catch {
  // No storage (private mode, blocked): the app sets the scheme once it starts.
}
