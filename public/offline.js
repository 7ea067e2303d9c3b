// Keeps the site for reading offline: registers the service worker (/sw.js) and, once it has
// cached the site, says so in the footer. Without this script the site simply needs the network.
(function () {
  if (!('serviceWorker' in navigator)) return;
  addEventListener('load', function () {
    navigator.serviceWorker
      .register('/sw.js')
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(function () {
        var status = document.querySelector('[data-offline-status]');
        if (status) status.hidden = false;
      })
      .catch(function () {});
  });
})();
