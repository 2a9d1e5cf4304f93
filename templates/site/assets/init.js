// Starts the NHS.UK frontend's components (header menu, skip link, ...). The site works without it.
// A classic script, like the frontend's (turned from a module at build time), so it also runs when
// the site is opened from disk: browsers refuse module scripts on file:// pages.
if (window.NHSUKFrontend) {
  window.NHSUKFrontend.initAll()
}
