// Starts the NHS.UK frontend's components (header menu, skip link, ...). The site works without it.
import { initAll } from './nhsuk/nhsuk-frontend.min.js'
initAll()
