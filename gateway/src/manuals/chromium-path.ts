/** Where Debian's chromium package puts the browser (CHROMIUM_PATH's default). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
