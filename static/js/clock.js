/*
 * Keeps the masthead's clocks and date ticking in the visitor's browser.
 * The server renders the same text, which stays as it is without JavaScript.
 * Time zones come from the browser's Intl database, so summer time changes
 * in Moscow and London are handled without any code here.
 *
 *   <span data-clock-tz="Europe/Moscow" data-clock-label="Moscow">Moscow: 18:00</span>
 *   <time data-clock-tz="Europe/London" data-clock-kind="date" datetime="2020-10-27">27 October 2020</time>
 *
 * Day counters follow that date: when it moves on, each count grows by the
 * days since the date the server rendered. The count sits in the text at
 * data-clock-days-offset (the length of the words before it):
 *
 *   <li data-clock-days="968" data-clock-days-offset="0">968 days have passed since ...</li>
 *
 * A count written with its noun carries the text shown and the form for each plural
 * category (the server's ngettext); the browser's Intl.PluralRules picks the category:
 *
 *   <li data-clock-days="21" data-clock-days-offset="0" data-clock-days-text="21 день"
 *       data-clock-days-forms='{"few": "{n} дня", "many": "{n} дней", "one": "{n} день", ...}'>
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
  var today = document.querySelector("[data-clock-kind=date][datetime]");
  var serverDay = today ? dayNumber(today.getAttribute("datetime")) : NaN;
  var plurals = Intl.PluralRules ? new Intl.PluralRules(locale) : null;
  var counters = Array.prototype.map.call(document.querySelectorAll("[data-clock-days]"), function (element) {
    var forms = null;
    try {
      forms = JSON.parse(element.getAttribute("data-clock-days-forms") || "null");
    } catch (error) {
      forms = null;
    }
    var days = element.getAttribute("data-clock-days");
    return {
      element: element,
      text: element.textContent,
      days: days,
      shown: element.getAttribute("data-clock-days-text") || days,
      forms: forms,
      offset: Number(element.getAttribute("data-clock-days-offset"))
    };
  }).filter(function (counter) {
    // Keep the server's text unless the count is exactly where it is said to be (and, written
    // with its noun, the browser can pick the noun's form).
    return counter.text.substr(counter.offset, counter.shown.length) === counter.shown &&
      (!counter.forms || plurals !== null);
  });

  function countText(counter, days) {
    if (!counter.forms) {
      return String(days);
    }
    var form = counter.forms[plurals.select(days)] || counter.forms.other;
    return form.replace("{n}", String(days));
  }

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

  // "27 October 2020", "27 октября 2020": day, month, year, without the words some locales add
  // (Russian's "г.").
  function dateText(format, now) {
    var parts = {};
    format.formatToParts(now).forEach(function (part) { parts[part.type] = part.value; });
    return parts.day + " " + parts.month + " " + parts.year;
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

  // Days since 1970-01-01 of a "YYYY-MM-DD" date.
  function dayNumber(iso) {
    var parts = String(iso).split("-");
    return Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])) / 86400000;
  }

  function renderCounters(now) {
    var elapsed = dayNumber(isoDate(today.getAttribute("data-clock-tz"), now)) - serverDay;
    if (isNaN(elapsed)) {
      return;
    }
    counters.forEach(function (counter) {
      var text = counter.text.slice(0, counter.offset) + countText(counter, Number(counter.days) + elapsed) +
        counter.text.slice(counter.offset + counter.shown.length);
      if (counter.element.textContent !== text) {
        counter.element.textContent = text;
      }
    });
  }

  function render() {
    var now = new Date();
    Array.prototype.forEach.call(elements, function (element) {
      var zone = element.getAttribute("data-clock-tz");
      var kind = element.getAttribute("data-clock-kind") || "time";
      var text;
      try {
        text = kind === "date" ? dateText(formatter(zone, kind), now) : formatter(zone, kind).format(now);
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
    if (counters.length && !isNaN(serverDay)) {
      try {
        renderCounters(now);
      } catch (error) {
        // An unknown zone: keep the server's counts.
      }
    }
    // Wake at the start of the next second, so a new minute shows at once.
    window.setTimeout(render, 1000 - (now.getTime() % 1000));
  }

  render();
})();
