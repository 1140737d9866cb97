/** Copy text to the clipboard; false when the page may not (then the UI shows a field to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The app's own URL without query or hash (the base of links and embeds). */
export function appUrl(): string {
  return location.origin + location.pathname;
}
