// Tells GOV.UK Frontend's styles that its scripts will run (browsers without module support get the plain pages).
// A file rather than an inline script, which the content security policy forbids.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
