// Starts GOV.UK Frontend's components (error summary focus, character counts, conditional questions, skip link).
// The module's versioned address comes from the page, so that upgrading the webjar needs no change here.
const script = document.querySelector('script[data-govuk-frontend]');
const { initAll } = await import(script.dataset.govukFrontend);
initAll();
