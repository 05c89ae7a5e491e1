/*
 * The article form in the admin (a static file: the content security policy
 * allows no inline script; nothing is fetched from elsewhere).
 *
 * - A character count under the title ("42 of 200 characters").
 * - Django's "Note: You are 3 hours ahead of server time." under each time
 *   field becomes a plain sentence about London time.
 *
 * The strings go through Django's JavaScript catalogue (gettext), which the
 * admin's change form loads already.
 */
"use strict";
{
  const translate = (text) => (typeof window.gettext === "function" ? window.gettext(text) : text);
  const fill = (format, values) =>
    typeof window.interpolate === "function" ? window.interpolate(format, values, true) : format;

  function countCharacters(input) {
    const limit = Number(input.dataset.characterCount);
    const counter = document.createElement("div");
    counter.className = "character-count help";
    counter.id = `${input.id}_count`;
    counter.setAttribute("aria-live", "polite");
    input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), counter.id].filter(Boolean).join(" "));
    input.insertAdjacentElement("afterend", counter);
    const update = () => {
      const used = input.value.length;
      counter.textContent = fill(translate("%(used)s of %(limit)s characters"), { used, limit });
      counter.classList.toggle("character-count--near", used > limit * 0.9);
    };
    input.addEventListener("input", update);
    update();
  }

  function hoursText(hours) {
    const rounded = Math.round(hours * 100) / 100;
    return rounded === 1 ? translate("1 hour") : fill(translate("%(hours)s hours"), { hours: rounded });
  }

  function plainTimezoneNotes() {
    const serverOffset = Number(document.body.dataset.adminUtcOffset);
    if (Number.isNaN(serverOffset)) return;
    const localOffset = new Date().getTimezoneOffset() * -60;
    const difference = (localOffset - serverOffset) / 3600;
    if (difference === 0) return;
    const sentence =
      difference > 0
        ? translate("Type London time here. Your computer’s clock is %(hours)s ahead of London.")
        : translate("Type London time here. Your computer’s clock is %(hours)s behind London.");
    const text = fill(sentence, { hours: hoursText(Math.abs(difference)) });
    document.querySelectorAll(".timezonewarning").forEach((note) => {
      note.textContent = text;
    });
  }

  // The admin loads this in the page's head: wait for the form.
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("input[data-character-count]").forEach(countCharacters);
  });
  // Django's DateTimeShortcuts writes its notes on "load"; ours runs after it.
  window.addEventListener("load", () => window.setTimeout(plainTimezoneNotes, 0));
}
