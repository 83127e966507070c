// The entries of app/cockpit/scripts/config.js besides those of common.js (see WebappConfigController).
  // See each file for why; the date pickers' is Tasklist's, whose pickers are the same.
  customScripts: ['scripts/decision-table-zh', '../tasklist/scripts/date-pickers-zh']
