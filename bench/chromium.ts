/**
 * Debian's Chromium, started so it never reaches for the internet: test tools may not download
 * browsers here, and without the networking flags Chromium keeps dialling Google's hosts.
 */
export const chromiumPath = '/usr/bin/chromium'

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
