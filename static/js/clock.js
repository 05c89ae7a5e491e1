/*
 * Keeps the masthead's clocks and date ticking in the visitor's browser.
 * The server renders the same text, which stays as it is without JavaScript.
 * Time zones come from the browser's Intl database, so summer time changes
 * in Moscow and London are handled without any code here.
 *
 *   <span data-clock-tz="Europe/Moscow" data-clock-label="Moscow">Moscow: 18:00</span>
 *   <time data-clock-tz="Europe/London" data-clock-kind="date">27 October 2020</time>
 */
(function () {
  "use strict";
  if (!window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var elements = document.querySelectorAll("[data-clock-tz]");
  if (!elements.length) {
    return;
  }
  var locale = document.documentElement.lang || "en-GB";
  var formatters = {};

  function formatter(zone, kind) {
    var key = zone + "|" + kind;
    if (!formatters[key]) {
      var options = kind === "date"
        ? { timeZone: zone, day: "numeric", month: "long", year: "numeric" }
        : { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
      formatters[key] = new Intl.DateTimeFormat(locale, options);
    }
    return formatters[key];
  }

  function pad(value) {
    return value < 10 ? "0" + value : String(value);
  }

  function isoDate(zone, now) {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", { timeZone: zone, year: "numeric", month: "numeric", day: "numeric" })
      .formatToParts(now)
      .forEach(function (part) { parts[part.type] = part.value; });
    return parts.year + "-" + pad(Number(parts.month)) + "-" + pad(Number(parts.day));
  }

  function render() {
    var now = new Date();
    Array.prototype.forEach.call(elements, function (element) {
      var zone = element.getAttribute("data-clock-tz");
      var kind = element.getAttribute("data-clock-kind") || "time";
      var text;
      try {
        text = formatter(zone, kind).format(now);
      } catch (error) {
        return; // An unknown zone: keep the server's text.
      }
      if (kind === "time") {
        text = element.getAttribute("data-clock-label") + ": " + text;
      } else if (element.hasAttribute("datetime")) {
        element.setAttribute("datetime", isoDate(zone, now));
      }
      if (element.textContent !== text) {
        element.textContent = text;
      }
    });
    // Wake at the start of the next second, so a new minute shows at once.
    window.setTimeout(render, 1000 - (now.getTime() % 1000));
  }

  render();
})();
