/** Whether this browser runs on an Apple computer, where Cmd takes Ctrl's place in shortcuts. */
export function isApple(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac|iphone|ipad/i.test(platform);
}

/** Whether a dialog is open: the keys then belong to it, not to the page behind. */
export function dialogOpen(): boolean {
  return Boolean(document.querySelector('[aria-modal="true"], [role="dialog"]'));
}
