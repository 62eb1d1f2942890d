// Browsers come from the system (see scripts/ensure-browsers.mjs); never download one.
module.exports = {skipDownload: true};
