// Lets GOV.UK Frontend know scripts run; pages work the same without it.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
